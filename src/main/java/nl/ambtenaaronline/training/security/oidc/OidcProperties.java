package nl.ambtenaaronline.training.security.oidc;

import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.employee.SignInKey;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the city's identity provider with OpenID Connect ({@code app.oidc.*}).
 * Without {@link #issuerUri()} nothing of it starts and the login page offers only the
 * local login.
 *
 * @param issuerUri the provider's issuer, e.g.
 * {@code https://login.microsoftonline.com/<tenant>/v2.0}; its discovery document gives
 * the endpoints and keys
 * @param clientId the client id of this application at the provider
 * @param clientSecret the client secret (from the environment,
 * {@code APP_OIDC_CLIENT_SECRET}); empty for a public client, which then relies on PKCE
 * alone
 * @param matchClaim the claim that names the person on the roster
 * @param matchBy what that claim holds: the employee number or the work e-mail
 * @param groupsClaim the claim with the person's groups
 * @param hrGroups groups that give the role HR
 * @param adminGroups groups that give the role ADMIN
 * @param auditorGroups groups that give the role AUDITOR
 * @param scopes the scopes asked for
 * @param rosterContact whom to contact when the account is not in the training roster
 * (the default of the run-time setting {@code signin.roster-contact})
 * @param breakGlassAccounts local accounts that may still use the password form while the
 * identity provider is the way in; empty: every local account may
 * @param subjectClaim the immutable claim an account is bound to at its first sign-in
 * ({@code sub}; with Entra ID {@code oid}, the object id, the same for every application
 * of the tenant); once bound, only that value from that issuer opens the account
 * @param verifiedClaim with {@link SignInKey#EMAIL}: the claim that must be {@code true}
 * before an e-mail address may link an account ({@code email_verified}); matching by
 * {@link SignInKey#EMPLOYEE_NUMBER}, a claim the directory sets and people cannot edit,
 * is the recommended way and needs none
 */
@ConfigurationProperties("app.oidc")
public record OidcProperties(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("email") String matchClaim, @DefaultValue("EMAIL") SignInKey matchBy,
		@DefaultValue("groups") String groupsClaim, @DefaultValue List<String> hrGroups,
		@DefaultValue List<String> adminGroups, @DefaultValue List<String> auditorGroups, @DefaultValue( {
				"openid", "profile", "email" }) List<String> scopes,
		@DefaultValue("") String rosterContact, @DefaultValue List<String> breakGlassAccounts,
		@DefaultValue("sub") String subjectClaim, @DefaultValue("email_verified") String verifiedClaim){

	/** The registration id; also in the paths {@code /oauth2/authorization/gemeente}. */
	public static final String REGISTRATION_ID = "gemeente";

	public boolean enabled() {
		return issuerUri != null && !issuerUri.isBlank();
	}

	/** Whether the local password form is limited to the break-glass accounts. */
	public boolean localLoginRestricted() {
		return enabled() && !breakGlassAccounts.isEmpty();
	}

	public boolean isBreakGlass(String username) {
		String name = username.strip().toLowerCase(Locale.ROOT);
		return breakGlassAccounts.stream().anyMatch(account -> account.strip().toLowerCase(Locale.ROOT).equals(name));
	}

}
