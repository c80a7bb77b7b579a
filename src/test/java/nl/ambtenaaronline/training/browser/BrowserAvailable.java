package nl.ambtenaaronline.training.browser;

import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only when there is a browser, decided before their Spring
 * context starts. Without one: {@link Chromium#MISSING} once, and every browser test is
 * skipped; with {@code CI=true} the first browser test class fails with that message
 * instead (the build fails), the rest are skipped.
 */
class BrowserAvailable implements ExecutionCondition {

	private static boolean reported;

	private final Supplier<? extends Optional<?>> browser;

	private final boolean ci;

	BrowserAvailable() {
		this(BrowserTest::running, "true".equalsIgnoreCase(System.getenv("CI")));
	}

	BrowserAvailable(Supplier<? extends Optional<?>> browser, boolean ci) {
		this.browser = browser;
		this.ci = ci;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (this.browser.get().isPresent()) {
			return ConditionEvaluationResult.enabled("a Chromium runs");
		}
		synchronized (BrowserAvailable.class) {
			if (!reported) {
				reported = true;
				if (this.ci) {
					throw new MissingBrowserError(Chromium.MISSING);
				}
				System.err.println("\n*** Browser tests skipped. " + Chromium.MISSING + "\n");
			}
		}
		return ConditionEvaluationResult.disabled(Chromium.MISSING);
	}

	/** Forgets that the message was given (for the test of this condition). */
	static synchronized void forget() {
		reported = false;
	}

	/** The build's failure on CI without a browser: the message, no stack trace. */
	static final class MissingBrowserError extends AssertionError {

		MissingBrowserError(String message) {
			super(message);
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
