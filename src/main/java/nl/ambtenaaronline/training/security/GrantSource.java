package nl.ambtenaaronline.training.security;

/** Where a privileged role comes from. */
public enum GrantSource {

	/** Granted by an administrator on the accounts screen (password sign-in). */
	GRANT,
	/** Given by the identity provider's groups at sign-in (OIDC). */
	GROUPS

}
