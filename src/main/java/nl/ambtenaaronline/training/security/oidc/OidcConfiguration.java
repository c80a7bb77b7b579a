package nl.ambtenaaronline.training.security.oidc;

import java.io.IOException;
import java.time.Clock;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.account.RoleGrantLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in through the city's identity provider, only when {@code app.oidc.issuer-uri} is
 * set: the client registration (authorization code flow with PKCE), the mapping to the
 * roster and RP-initiated logout. The provider's discovery document is read at the first
 * sign-in, not at start-up, so that a provider that is down does not keep the application
 * (and its break-glass accounts) from starting.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${app.oidc.issuer-uri:}'.isBlank()")
public class OidcConfiguration {

	public static final String LOGIN_PATH = "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID;

	public static final String REFUSED_PATH = "/sign-in-refused";

	@Bean
	public ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
		return new DiscoveredClientRegistrationRepository(properties);
	}

	@Bean
	public OidcLogin oidcLogin(ClientRegistrationRepository registrations, AccountRepository accounts,
			EmployeeService employees, AuditService audit, OidcProperties properties, TransactionTemplate transactions,
			Clock clock, RoleGrantLog grantLog) {
		return new OidcLogin(registrations,
				new OidcSignIn(accounts, employees, audit, properties, transactions, clock, grantLog), audit);
	}

	/** Applies the OIDC login to the security filter chain. */
	public static final class OidcLogin {

		private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

		private final ClientRegistrationRepository registrations;

		private final OidcSignIn signIn;

		private final AuditService audit;

		OidcLogin(ClientRegistrationRepository registrations, OidcSignIn signIn, AuditService audit) {
			this.registrations = registrations;
			this.signIn = signIn;
			this.audit = audit;
		}

		public void configure(HttpSecurity http) {
			DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
					registrations, "/oauth2/authorization");
			resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
			OidcUserService delegate = new OidcUserService();
			OAuth2UserService<OidcUserRequest, OidcUser> users = request -> signIn.signIn(delegate.loadUser(request));
			SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
			success.setDefaultTargetUrl("/");
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.clientRegistrationRepository(registrations)
				.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
				.userInfoEndpoint(endpoint -> endpoint.oidcUserService(users))
				.successHandler(success)
				.failureHandler(this::failed));
		}

		/**
		 * Logout ends the local session and then, when the provider names an end-session
		 * endpoint, the provider's session; back at the login page afterwards.
		 */
		public LogoutSuccessHandler logoutSuccessHandler() {
			OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(
					registrations);
			handler.setRedirectStrategy(new UidlRedirectStrategy());
			handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
			handler.setDefaultTargetUrl("/");
			return handler;
		}

		private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
				throws IOException {
			String code = ex instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
			String reason = switch (code) {
				case OidcSignIn.NOT_IN_ROSTER -> "not-in-roster";
				case OidcSignIn.LEFT -> "left";
				case OidcSignIn.DISABLED -> "disabled";
				case OidcSignIn.IDENTITY_MISMATCH -> "identity-mismatch";
				case OidcSignIn.UNVERIFIED -> "unverified";
				default -> "failed";
			};
			if (reason.equals("failed")) {
				log.warn("Sign-in through the identity provider failed: {}", code.isEmpty() ? ex.getClass() : code);
				audit.record("login.oidc", "-", AuditResult.FAILED, code.isEmpty() ? "error" : code);
			}
			response.sendRedirect(request.getContextPath() + REFUSED_PATH + "?reason=" + reason);
		}

	}

	/**
	 * The one client registration, built from the provider's discovery document at first
	 * use and kept once that worked.
	 */
	public static final class DiscoveredClientRegistrationRepository implements ClientRegistrationRepository {

		private final OidcProperties properties;

		private volatile @Nullable ClientRegistration registration;

		DiscoveredClientRegistrationRepository(OidcProperties properties) {
			this.properties = properties;
		}

		@Override
		public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
			if (!OidcProperties.REGISTRATION_ID.equals(registrationId)) {
				return null;
			}
			ClientRegistration current = registration;
			if (current == null) {
				synchronized (this) {
					current = registration;
					if (current == null) {
						current = discover();
						registration = current;
					}
				}
			}
			return current;
		}

		private ClientRegistration discover() {
			String secret = properties.clientSecret();
			boolean publicClient = secret == null || secret.isBlank();
			ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
				.registrationId(OidcProperties.REGISTRATION_ID)
				.clientId(properties.clientId());
			if (!publicClient) {
				builder.clientSecret(secret);
			}
			return builder
				.clientAuthenticationMethod(
						publicClient ? ClientAuthenticationMethod.NONE : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.scope(properties.scopes())
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.userNameAttributeName(IdTokenClaimNames.SUB)
				.clientName("gemeente")
				.build();
		}

	}

}
