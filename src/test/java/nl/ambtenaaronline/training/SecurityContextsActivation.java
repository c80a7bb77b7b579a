package nl.ambtenaaronline.training;

import nl.ambtenaaronline.training.shared.SecurityContexts;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, points {@link SecurityContexts} at the security-context strategy of
 * that test's application context. Several cached contexts live in one test JVM (the
 * shared one, the browser application, the OIDC application); without this the last one
 * started would answer for all of them.
 */
public class SecurityContextsActivation implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestClass(TestContext testContext) {
		activate(testContext);
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		activate(testContext);
	}

	private static void activate(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext()
				.getBeanProvider(SecurityContexts.class)
				.ifAvailable(SecurityContexts::activate);
		}
	}

	@Override
	public int getOrder() {
		// before the security-context listeners of Spring Security's test support
		return 1000;
	}

}
