package nl.ambtenaaronline.training.browser;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the browser tests do on a machine without a browser (no browser needed here). */
class BrowserAvailableTest {

	@AfterEach
	void forget() {
		BrowserAvailable.forget();
	}

	@Test
	void withABrowserTheBrowserTestsRun() {
		BrowserAvailable condition = new BrowserAvailable(() -> Optional.of("chromium"), true);

		assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isFalse();
	}

	@Test
	void withoutABrowserEveryBrowserTestIsSkippedSayingWhatToInstall() {
		BrowserAvailable condition = new BrowserAvailable(Optional::empty, false);

		var first = condition.evaluateExecutionCondition(null);
		var second = condition.evaluateExecutionCondition(null);

		assertThat(first.isDisabled()).isTrue();
		assertThat(second.isDisabled()).isTrue();
		assertThat(first.getReason()).hasValue(Chromium.MISSING);
		assertThat(Chromium.MISSING).contains("apt-get install chromium");
	}

	@Test
	void onCiAMissingBrowserFailsTheFirstBrowserTestClassWithTheSameMessageAndSkipsTheRest() {
		BrowserAvailable condition = new BrowserAvailable(Optional::empty, true);

		assertThatThrownBy(() -> condition.evaluateExecutionCondition(null))
			.isInstanceOf(BrowserAvailable.MissingBrowserError.class)
			.hasMessage(Chromium.MISSING)
			.satisfies(error -> assertThat(error.getStackTrace()).isEmpty());
		assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isTrue();
	}

}
