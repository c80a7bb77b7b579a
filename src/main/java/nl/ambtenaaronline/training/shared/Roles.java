package nl.ambtenaaronline.training.shared;

/**
 * The roles of Ambtenaar Online, defined in one place. Use these constants in
 * {@code @RolesAllowed} on views and services.
 * <ul>
 * <li>{@link #EMPLOYEE}: every account is a learner.</li>
 * <li>{@link #MANAGER}: follows from the roster (the person has reports).</li>
 * <li>{@link #HR}, {@link #ADMIN}, {@link #AUDITOR}: granted by an administrator,
 * audited.</li>
 * </ul>
 */
public final class Roles {

	public static final String EMPLOYEE = "EMPLOYEE";

	public static final String MANAGER = "MANAGER";

	public static final String HR = "HR";

	public static final String ADMIN = "ADMIN";

	public static final String AUDITOR = "AUDITOR";

	private Roles() {
	}

}
