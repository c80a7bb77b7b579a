package nl.ambtenaaronline.training.reporting.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.QueryParameters;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.DepartmentSummary;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.reporting.ReportFilter;

/**
 * The report's filter in the address
 * ({@code ?course=…&department=COM&status=OVERDUE,DUE_SOON&need=ATTEMPTS&all=1}), so that
 * a reload, a shared link and the way back from a person's record keep it. Codes and
 * dates only; anything unknown in the address is ignored.
 */
final class ReportAddress {

	private ReportAddress() {
	}

	/**
	 * The report's filter and the reasons chosen in "Actie nodig" (left out when all are
	 * chosen, the default).
	 */
	static QueryParameters of(ReportFilter filter, Set<ActionNeeded.Need> needs) {
		QueryParameters report = of(filter);
		if (needs.containsAll(EnumSet.allOf(ActionNeeded.Need.class))) {
			return report;
		}
		Map<String, List<String>> parameters = new LinkedHashMap<>(report.getParameters());
		parameters.put("need", List.of(needs.stream().map(Enum::name).collect(Collectors.joining(","))));
		return new QueryParameters(parameters);
	}

	static QueryParameters of(ReportFilter filter) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("course", List.of(filter.courseId()));
		if (filter.departmentCode() != null) {
			parameters.put("department", List.of(filter.departmentCode()));
		}
		if (!filter.statuses().isEmpty()) {
			parameters.put("status",
					List.of(filter.statuses().stream().map(Enum::name).collect(Collectors.joining(","))));
		}
		if (filter.workerType() != null) {
			parameters.put("type", List.of(filter.workerType().name()));
		}
		if (filter.startFrom() != null) {
			parameters.put("from", List.of(filter.startFrom().toString()));
		}
		if (filter.startTo() != null) {
			parameters.put("to", List.of(filter.startTo().toString()));
		}
		if (filter.newHiresOnly()) {
			parameters.put("new", List.of("1"));
		}
		if (filter.notEmployedListed()) {
			parameters.put("all", List.of("1"));
		}
		return new QueryParameters(parameters);
	}

	static void read(QueryParameters parameters, ComboBox<Course> course, ComboBox<DepartmentSummary> department,
			MultiSelectComboBox<AssignmentStatus> status, ComboBox<WorkerType> workerType, DatePicker startFrom,
			DatePicker startTo, Checkbox newHires, Checkbox notEmployed) {
		one(parameters, "course").flatMap(id -> items(course).stream().filter(c -> c.id().equals(id)).findFirst())
			.ifPresent(course::setValue);
		department.setValue(one(parameters, "department")
			.flatMap(code -> items(department).stream().filter(d -> d.code().equals(code)).findFirst())
			.orElse(null));
		Set<AssignmentStatus> statuses = EnumSet.noneOf(AssignmentStatus.class);
		one(parameters, "status").ifPresent(list -> {
			for (String name : list.split(",")) {
				parse(AssignmentStatus.class, name).ifPresent(statuses::add);
			}
		});
		status.setValue(statuses);
		workerType.setValue(one(parameters, "type").flatMap(name -> parse(WorkerType.class, name)).orElse(null));
		startFrom.setValue(one(parameters, "from").flatMap(ReportAddress::date).orElse(null));
		startTo.setValue(one(parameters, "to").flatMap(ReportAddress::date).orElse(null));
		newHires.setValue(one(parameters, "new").map("1"::equals).orElse(false));
		notEmployed.setValue(one(parameters, "all").map("1"::equals).orElse(false));
	}

	private static Optional<String> one(QueryParameters parameters, String name) {
		return parameters.getSingleParameter(name).filter(value -> !value.isBlank());
	}

	private static <T> List<T> items(ComboBox<T> box) {
		return box.getListDataView().getItems().toList();
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
		try {
			return Optional.of(Enum.valueOf(type, name.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> date(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
