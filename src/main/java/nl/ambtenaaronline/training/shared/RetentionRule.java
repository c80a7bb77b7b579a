package nl.ambtenaaronline.training.shared;

import java.time.Instant;
import java.time.Period;
import java.util.Set;

/**
 * Removes one feature's personal data of one kind once its retention period has passed.
 * Implementations erase personal fields rather than rows that others point to, so
 * history, reports and snapshot digests stay intact; running twice erases nothing more.
 */
public interface RetentionRule {

	RetentionKind kind();

	/** Short stable name of the rule, written to the destruction record. */
	String name();

	/**
	 * Erases what has passed {@code period} as of {@code now} (the rule decides what the
	 * period counts from, e.g. the date the course was passed) and returns whom it
	 * touched.
	 */
	Erasure apply(Period period, Instant now);

	/**
	 * The tables holding a person's id whose personal data this rule erases (or whose
	 * rows it deletes) once the period has passed.
	 */
	default Set<String> tables() {
		return Set.of();
	}

	/**
	 * The moment {@code period} before {@code now}, counted in Amsterdam time (so a
	 * period of months ends on the same calendar day): what is older has passed it.
	 */
	static Instant cutoff(Period period, Instant now) {
		return now.atZone(TimeConfiguration.ZONE).minus(period).toInstant();
	}

	/** What one run erased: the number of records and the employees they belonged to. */
	record Erasure(int records, Set<Long> employeeIds) {

		public Erasure {
			employeeIds = Set.copyOf(employeeIds);
		}

		public static Erasure none() {
			return new Erasure(0, Set.of());
		}

	}

}
