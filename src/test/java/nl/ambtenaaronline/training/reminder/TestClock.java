package nl.ambtenaaronline.training.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import nl.ambtenaaronline.training.shared.TimeConfiguration;

/** A clock that a test sets and moves, in UTC like the application's. */
final class TestClock extends Clock {

	private volatile Instant now;

	TestClock(Instant now) {
		this.now = now;
	}

	/** At this Amsterdam wall-clock time. */
	static TestClock amsterdam(LocalDateTime local) {
		return new TestClock(local.atZone(TimeConfiguration.ZONE).toInstant());
	}

	void set(LocalDateTime amsterdam) {
		now = amsterdam.atZone(TimeConfiguration.ZONE).toInstant();
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		Clock self = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}

			@Override
			public Instant instant() {
				return self.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return now;
	}

}
