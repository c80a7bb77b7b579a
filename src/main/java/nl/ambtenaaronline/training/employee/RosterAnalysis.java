package nl.ambtenaaronline.training.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Compares the rows of a roster file with the current roster: checks what needs more than
 * one row (duplicates, managers and sponsors, manager cycles, department names) and sorts
 * every person into new, changed, unchanged or leaver.
 */
final class RosterAnalysis {

	private final List<RosterRow> rows;

	private final RosterFileReader.Result read;

	private final CurrentRoster current;

	private final ImportMode mode;

	private final LocalDate today;

	private final RosterProblems problems;

	private final Map<String, RosterRow> byNumber = new HashMap<>();

	private final Set<String> scope = new HashSet<>();

	private final Set<Long> leaverIdSet = new HashSet<>();

	RosterAnalysis(List<RosterRow> rows, RosterFileReader.Result read, CurrentRoster current, ImportMode mode,
			LocalDate today, RosterProblems problems) {
		this.rows = rows;
		this.read = read;
		this.current = current;
		this.mode = mode;
		this.today = today;
		this.problems = problems;
	}

	RosterPlan analyse(int maxLeaverPercent, int sampleSize) {
		Map<String, String> departmentNames = checkNumbersAndDepartments();
		List<Long> leaverIds = new ArrayList<>();
		int activeInScope = 0;
		for (CurrentRoster.Person person : current.people().values()) {
			boolean inScope = mode == ImportMode.FULL
					|| mode == ImportMode.DEPARTMENTS && scope.contains(person.departmentCode());
			if (inScope && person.activeOn(today)) {
				activeInScope++;
				if (!byNumber.containsKey(person.number())) {
					leaverIds.add(person.id());
				}
			}
		}
		leaverIdSet.addAll(leaverIds);
		checkReferences();
		checkCycles();

		List<RosterChange> sample = new ArrayList<>();
		List<RosterChange> leavers = new ArrayList<>();
		List<RosterRow> newRows = new ArrayList<>();
		Map<Long, RosterRow> changedRows = new LinkedHashMap<>();
		int unchanged = 0;
		int changedSampled = 0;
		for (RosterRow row : rows) {
			if (!row.valid() || byNumber.get(row.employeeNumber()) != row) {
				continue;
			}
			CurrentRoster.Person person = current.people().get(row.employeeNumber());
			if (person == null) {
				newRows.add(row);
				if (newRows.size() <= sampleSize) {
					sample.add(new RosterChange(RosterChange.Kind.NEW, row.line(), row.employeeNumber(),
							row.displayName(), row.departmentCode(), List.of()));
				}
				continue;
			}
			List<RosterColumn> changes = differences(person, row);
			if (changes.isEmpty()) {
				unchanged++;
			}
			else {
				changedRows.put(person.id(), row);
				if (changedSampled++ < sampleSize) {
					sample.add(new RosterChange(RosterChange.Kind.CHANGED, row.line(), row.employeeNumber(),
							row.displayName(), row.departmentCode(), changes));
				}
			}
		}
		current.people()
			.values()
			.stream()
			.filter(person -> leaverIdSet.contains(person.id()))
			.sorted(java.util.Comparator.comparing(CurrentRoster.Person::number))
			.forEach(person -> leavers.add(new RosterChange(RosterChange.Kind.LEAVER, 0, person.number(), name(person),
					person.departmentCode(), List.of(RosterColumn.END_DATE))));
		leavers.stream().limit(sampleSize).forEach(sample::add);

		Map<String, String> newDepartments = new LinkedHashMap<>();
		Map<Long, String> renamed = new LinkedHashMap<>();
		departmentNames.forEach((code, name) -> {
			CurrentRoster.Dept dept = current.departments().get(code);
			if (dept == null) {
				newDepartments.put(code, name.isEmpty() ? code : name);
			}
			else if (!name.isEmpty() && !name.equals(dept.name())) {
				renamed.put(dept.id(), name);
			}
		});
		double percent = activeInScope == 0 ? 0 : leaverIds.size() * 100.0 / activeInScope;
		RosterPreview preview = new RosterPreview(mode, rows.size(), newRows.size(), changedRows.size(), unchanged,
				leaverIds.size(), newDepartments.size(), renamed.size(), List.copyOf(new TreeSet<>(scope)),
				problems.list(), problems.count(), sample, percent, maxLeaverPercent, leavers,
				List.copyOf(newDepartments.keySet()));
		return new RosterPlan(rows, newRows, changedRows, leaverIds, newDepartments, renamed, preview);
	}

	/** Duplicate numbers, one name per department code; fills byNumber and scope. */
	private Map<String, String> checkNumbersAndDepartments() {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Long> nameLines = new HashMap<>();
		for (RosterRow row : rows) {
			if (!row.employeeNumber().isEmpty()) {
				RosterRow first = byNumber.putIfAbsent(row.employeeNumber(), row);
				if (first != null) {
					problems.add(row.line(), read.header(RosterColumn.EMPLOYEE_NUMBER), "roster.error.duplicate-number",
							row.employeeNumber(), first.line());
				}
			}
			if (row.departmentCode().isEmpty()) {
				continue;
			}
			scope.add(row.departmentCode());
			String name = row.departmentName() == null ? "" : row.departmentName();
			String known = names.get(row.departmentCode());
			if (known == null || known.isEmpty()) {
				names.put(row.departmentCode(), name);
				if (!name.isEmpty()) {
					nameLines.put(row.departmentCode(), row.line());
				}
			}
			else if (!name.isEmpty() && !name.equals(known)) {
				problems.add(row.line(), read.header(RosterColumn.DEPARTMENT_NAME), "roster.error.department-name",
						row.departmentCode(), known, nameLines.get(row.departmentCode()));
			}
		}
		return names;
	}

	/**
	 * Whether a number may be a manager or sponsor: in the file, or staying on the
	 * roster.
	 */
	private boolean available(String number) {
		if (byNumber.containsKey(number)) {
			return true;
		}
		CurrentRoster.Person person = current.people().get(number);
		return person != null && person.activeOn(today) && !leaverIdSet.contains(person.id());
	}

	/** Whether this person is in service now and leaves only because of this import. */
	private boolean leavingNow(String number) {
		CurrentRoster.Person person = current.people().get(number);
		return person != null && leaverIdSet.contains(person.id());
	}

	private void checkReferences() {
		for (RosterRow row : rows) {
			if (row.managerNumber() != null && !available(row.managerNumber())) {
				problems.add(row.line(), read.header(RosterColumn.MANAGER), leavingNow(row.managerNumber())
						? "roster.error.manager-leaving" : "roster.error.unknown-manager", row.managerNumber());
			}
			if (row.sponsorNumber() != null && !available(row.sponsorNumber())) {
				problems.add(row.line(), read.header(RosterColumn.SPONSOR), leavingNow(row.sponsorNumber())
						? "roster.error.sponsor-leaving" : "roster.error.unknown-sponsor", row.sponsorNumber());
			}
		}
	}

	private @Nullable String managerOf(String number) {
		RosterRow row = byNumber.get(number);
		String manager;
		if (row != null) {
			manager = row.managerNumber();
		}
		else {
			CurrentRoster.Person person = current.people().get(number);
			manager = person == null ? null : person.managerNumber();
		}
		return manager != null && available(manager) ? manager : null;
	}

	/** Every manager chain must end at someone without a manager. */
	private void checkCycles() {
		Map<String, Integer> state = new HashMap<>();
		for (RosterRow start : rows) {
			if (start.employeeNumber().isEmpty() || state.containsKey(start.employeeNumber())) {
				continue;
			}
			List<String> path = new ArrayList<>();
			Map<String, Integer> position = new HashMap<>();
			String number = start.employeeNumber();
			while (number != null && !state.containsKey(number)) {
				position.put(number, path.size());
				path.add(number);
				state.put(number, 1);
				number = managerOf(number);
			}
			if (number != null && position.containsKey(number)) {
				reportCycle(path.subList(position.get(number), path.size()));
			}
			path.forEach(visited -> state.put(visited, 2));
		}
	}

	private void reportCycle(List<String> cycle) {
		RosterRow first = cycle.stream()
			.map(byNumber::get)
			.filter(Objects::nonNull)
			.min(java.util.Comparator.comparingLong(RosterRow::line))
			.orElse(null);
		if (first == null) {
			return;
		}
		int at = cycle.indexOf(first.employeeNumber());
		List<String> chain = new ArrayList<>(cycle.subList(at, cycle.size()));
		chain.addAll(cycle.subList(0, at));
		chain.add(first.employeeNumber());
		problems.add(first.line(), read.header(RosterColumn.MANAGER), "roster.error.manager-cycle",
				String.join(" \u2192 ", chain));
	}

	private static List<RosterColumn> differences(CurrentRoster.Person person, RosterRow row) {
		List<RosterColumn> changes = new ArrayList<>();
		compare(changes, RosterColumn.FIRST_NAME, person.firstName(), row.firstName());
		compare(changes, RosterColumn.TUSSENVOEGSEL, person.tussenvoegsel(), row.tussenvoegsel());
		compare(changes, RosterColumn.LAST_NAME, person.lastName(), row.lastName());
		compare(changes, RosterColumn.EMAIL, person.email(), row.email());
		compare(changes, RosterColumn.DEPARTMENT_CODE, person.departmentCode(), row.departmentCode());
		compare(changes, RosterColumn.MANAGER, person.managerNumber(), row.managerNumber());
		compare(changes, RosterColumn.START_DATE, person.startDate(), row.startDate());
		compare(changes, RosterColumn.END_DATE, person.endDate(), row.endDate());
		compare(changes, RosterColumn.WORKER_TYPE, person.workerType(), row.workerType());
		compare(changes, RosterColumn.SPONSOR, person.sponsorNumber(), row.sponsorNumber());
		return changes;
	}

	private static void compare(List<RosterColumn> changes, RosterColumn column, @Nullable Object before,
			@Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(column);
		}
	}

	private static String name(CurrentRoster.Person person) {
		return person.tussenvoegsel() == null ? person.firstName() + " " + person.lastName()
				: person.firstName() + " " + person.tussenvoegsel() + " " + person.lastName();
	}

}
