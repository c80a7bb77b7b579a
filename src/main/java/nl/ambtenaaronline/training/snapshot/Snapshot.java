package nl.ambtenaaronline.training.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The content of a snapshot: what it is of, and the figures. The digest covers exactly
 * this, in a canonical form: one line per item, fields separated by a tab (which no field
 * holds), people in employee-id order, totals in department-code and category order,
 * dates ISO, the moment in UTC with microseconds, empty for nothing.
 */
record Snapshot(String courseId, String courseVersion, LocalDate asOf, Instant recordedBy, List<SnapshotPerson> people,
		List<SnapshotTotal> totals) {

	Snapshot {
		people = people.stream().sorted(Comparator.comparingLong(SnapshotPerson::employeeId)).toList();
		totals = totals.stream()
			.sorted(Comparator.comparing(SnapshotTotal::departmentCode).thenComparing(SnapshotTotal::category))
			.toList();
	}

	int counted() {
		return (int) people.stream().filter(person -> person.scope().counted()).count();
	}

	int excluded() {
		return people.size() - counted();
	}

	String canonical() {
		StringBuilder out = new StringBuilder();
		line(out, "snapshot/1", courseId, courseVersion, asOf,
				DateTimeFormatter.ISO_INSTANT.format(recordedBy.truncatedTo(ChronoUnit.MICROS)));
		for (SnapshotPerson person : people) {
			line(out, "person", person.employeeId(), person.employeeNumber(), person.departmentCode(),
					person.departmentName(), person.scope(), person.status(), person.dueOn(), person.lastCompletedOn(),
					person.validUntil());
		}
		for (SnapshotTotal total : totals) {
			line(out, "total", total.departmentCode(), total.departmentName(), total.category(), total.people());
		}
		return out.toString();
	}

	String digest() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How many people and totals differ from another snapshot of the same day. */
	int differences(Snapshot other) {
		return symmetricDifference(people, other.people) + symmetricDifference(totals, other.totals);
	}

	private static <T> int symmetricDifference(List<T> a, List<T> b) {
		Set<T> inA = new HashSet<>(a);
		Set<T> inB = new HashSet<>(b);
		return (int) (a.stream().filter(item -> !inB.contains(item)).count()
				+ b.stream().filter(item -> !inA.contains(item)).count());
	}

	private static void line(StringBuilder out, Object... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			out.append(Objects.toString(fields[i], "").replace('\t', ' ').replace('\n', ' '));
		}
		out.append('\n');
	}

}
