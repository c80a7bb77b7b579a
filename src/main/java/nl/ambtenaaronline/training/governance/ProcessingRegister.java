package nl.ambtenaaronline.training.governance;

import java.util.List;

/**
 * A draft entry of the register of processing activities (AVG art. 30 lid 1).
 *
 * @param controller the controller: the city ({@code app.city-name})
 * @param contact the contact for privacy questions (setting {@code privacy.contact}, the
 * privacy statement's)
 * @param purposes purpose keys of the processing
 * @param personalDataCategories category keys of personal data that are stored
 * @param recipientRoles the roles that see personal data of others
 * @param retention the retention periods
 */
public record ProcessingRegister(String controller, String contact, List<String> purposes,
		List<String> personalDataCategories, List<String> recipientRoles, List<RetentionRow> retention) {

	public ProcessingRegister {
		purposes = List.copyOf(purposes);
		personalDataCategories = List.copyOf(personalDataCategories);
		recipientRoles = List.copyOf(recipientRoles);
		retention = List.copyOf(retention);
	}

}
