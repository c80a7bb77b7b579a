package nl.ambtenaaronline.training.security;

import nl.ambtenaaronline.training.TestFixtures;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The one extra Spring test configuration, for sign-in through the identity provider: the
 * running demo application (random port) with {@code app.oidc.*} pointing at the
 * {@link MockIdentityProvider}, and the password form limited to the break-glass account
 * {@code beheerder}. OIDC needs its settings at start-up, so it cannot share the context
 * of {@code @IntegrationTest}; the service tests and the browser test of OIDC share this
 * one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(TestFixtures.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:ao-oidc;DB_CLOSE_DELAY=-1", "vaadin.launch-browser=false",
				"app.audit.anchor-key=oidc-test-anchor-key-0123456789abcdef",
				"app.oidc.client-id=" + MockIdentityProvider.CLIENT_ID, "app.oidc.client-secret=test-secret",
				"app.oidc.match-claim=email", "app.oidc.match-by=EMAIL", "app.oidc.groups-claim=groups",
				"app.oidc.hr-groups=gg-training-hr", "app.oidc.admin-groups=gg-training-beheer",
				"app.oidc.auditor-groups=gg-training-audit", "app.oidc.break-glass-accounts=beheerder",
				"app.oidc.roster-contact=Servicedesk P&O, telefoon 020 555 0100" })
@ContextConfiguration(initializers = MockIdentityProvider.class)
@ActiveProfiles("demo")
public @interface OidcTest {

}
