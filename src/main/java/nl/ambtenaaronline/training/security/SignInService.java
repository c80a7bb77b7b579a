package nl.ambtenaaronline.training.security;

import jakarta.annotation.security.PermitAll;
import nl.ambtenaaronline.training.security.oidc.OidcConfiguration;
import nl.ambtenaaronline.training.security.oidc.OidcProperties;
import nl.ambtenaaronline.training.settings.SettingsService;

import org.springframework.stereotype.Service;

/** What the login and refusal pages offer and say; open to everyone. */
@Service
public class SignInService {

	/** Run-time setting: whom to contact when a sign-in finds nobody on the roster. */
	public static final String ROSTER_CONTACT = "signin.roster-contact";

	private final OidcProperties properties;

	private final SettingsService settings;

	SignInService(OidcProperties properties, SettingsService settings) {
		this.properties = properties;
		this.settings = settings;
	}

	/** Whether the login page offers the sign-in with the city's account. */
	@PermitAll
	public boolean oidcEnabled() {
		return properties.enabled();
	}

	/** The address that starts the sign-in with the city's account (relative). */
	@PermitAll
	public String oidcLoginPath() {
		return OidcConfiguration.LOGIN_PATH.substring(1);
	}

	/** Whether the password form is only for break-glass accounts. */
	@PermitAll
	public boolean localLoginRestricted() {
		return properties.localLoginRestricted();
	}

	/** Whom to contact about the roster; may be empty. */
	@PermitAll
	public String rosterContact() {
		return settings.text(ROSTER_CONTACT).strip();
	}

}
