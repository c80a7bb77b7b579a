package nl.ambtenaaronline.training.employee;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Roster files for tests: from the test resources, or written from the current roster.
 */
public final class RosterFiles {

	static final String HEADER = "personeelsnummer;voornaam;tussenvoegsel;achternaam;e-mail;afdelingscode;afdeling;"
			+ "leidinggevende;datum in dienst;datum uit dienst;soort;sponsor\n";

	private RosterFiles() {
	}

	public static byte[] resource(String path) throws IOException {
		try (InputStream in = RosterFiles.class.getResourceAsStream("/roster/" + path)) {
			if (in == null) {
				throw new IOException("No test resource /roster/" + path);
			}
			return in.readAllBytes();
		}
	}

	/**
	 * People who manage or sponsor nobody, so they can leave without breaking references.
	 */
	public static List<EmployeeSummary> withoutReports(EmployeeService employees) {
		List<EmployeeSummary> all = employees.find(RosterFilter.all(), 0, 10_000);
		Set<Long> referenced = new HashSet<>();
		all.forEach(person -> {
			if (person.managerId() != null) {
				referenced.add(person.managerId());
			}
			if (person.sponsorId() != null) {
				referenced.add(person.sponsorId());
			}
		});
		return all.stream()
			.filter(person -> !referenced.contains(person.id()) && person.endDate() == null)
			.sorted(Comparator.comparing(EmployeeSummary::employeeNumber))
			.toList();
	}

	/**
	 * The whole roster as a roster file, without the given people, with changed e-mails.
	 */
	public static byte[] export(EmployeeService employees, Set<String> without, Map<String, String> emails) {
		return csv(employees,
				employees.find(RosterFilter.all(), 0, 10_000)
					.stream()
					.filter(person -> !without.contains(person.employeeNumber()))
					// leavers whose names were erased after the retention period are not
					// in an HR export
					.filter(person -> !erased(person))
					.toList(),
				emails);
	}

	/** Whether the retention rule for leavers blanked this person's names. */
	public static boolean erased(EmployeeSummary person) {
		return person.firstName().isEmpty() && person.lastName().isEmpty();
	}

	public static byte[] csv(EmployeeService employees, List<EmployeeSummary> people, Map<String, String> emails) {
		Map<Long, String> numbers = new HashMap<>();
		employees.find(RosterFilter.all(), 0, 10_000)
			.forEach(person -> numbers.put(person.id(), person.employeeNumber()));
		StringBuilder text = new StringBuilder(HEADER);
		for (EmployeeSummary p : people) {
			text.append(String.join(";", p.employeeNumber(), p.firstName(), orEmpty(p.tussenvoegsel()), p.lastName(),
					emails.getOrDefault(p.employeeNumber(), orEmpty(p.email())), p.departmentCode(), p.departmentName(),
					p.managerId() == null ? "" : numbers.get(p.managerId()), p.startDate().toString(),
					p.endDate() == null ? "" : p.endDate().toString(), p.workerType().name().toLowerCase(Locale.ROOT),
					p.sponsorId() == null ? "" : numbers.get(p.sponsorId())))
				.append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
