package nl.ambtenaaronline.training.setup;

/**
 * The first administrator's account: the user name and the one-time password, shown once.
 *
 * @param username the user name
 * @param oneTimePassword to be changed at the first sign-in
 * @param linkedToRoster whether the account belongs to a person already on the roster
 */
public record FirstAdministratorCreated(String username, String oneTimePassword, boolean linkedToRoster) {
}
