package nl.ambtenaaronline.training.employee;

/** What the identity provider's claim holds, to find the person on the roster by. */
public enum SignInKey {

	/** The employee number, e.g. from an extension attribute of the directory. */
	EMPLOYEE_NUMBER,

	/** The work e-mail address, compared without regard to case. */
	EMAIL

}
