package nl.ambtenaaronline.training.employee;

/**
 * Only what signing in needs to know of the person a sign-in names: who it is, whether
 * they have left (end date passed) and whether people report to them.
 */
public record SignInMatch(long employeeId, boolean hasLeft, boolean hasReports) {
}
