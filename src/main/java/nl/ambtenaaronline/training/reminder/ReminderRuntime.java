package nl.ambtenaaronline.training.reminder;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The clock and the mail transport of the reminders: the application's {@link Clock} and
 * the {@link JavaMailSender} that {@code spring.mail.host} configures (none: the demo's
 * sent-mail view). Tests swap both for one test ({@link #useForTests}) within the shared
 * test context, and the scheduled jobs stand still meanwhile, so a test decides when
 * anything is planned or sent.
 */
@Component
public class ReminderRuntime {

	private final Clock applicationClock;

	private final @Nullable JavaMailSender configuredSender;

	private volatile @Nullable Override override;

	private record Override(Clock clock, @Nullable JavaMailSender sender) {
	}

	ReminderRuntime(Clock clock, ObjectProvider<JavaMailSender> sender) {
		this.applicationClock = clock;
		this.configuredSender = sender.getIfAvailable();
	}

	Clock clock() {
		Override current = override;
		return current == null ? applicationClock : current.clock();
	}

	Optional<JavaMailSender> sender() {
		Override current = override;
		return Optional.ofNullable(current == null ? configuredSender : current.sender());
	}

	/** Whether the scheduled jobs run (not while a test holds the runtime). */
	boolean scheduledJobsActive() {
		return override == null;
	}

	/**
	 * For tests only: the reminders use this clock and this transport (null: the
	 * sent-mail view) until {@link #reset()}; the scheduled jobs pause.
	 */
	public void useForTests(Clock clock, @Nullable JavaMailSender sender) {
		this.override = new Override(clock, sender);
	}

	/** For tests only: back to the application's clock and transport. */
	public void reset() {
		this.override = null;
	}

}
