package nl.ambtenaaronline.training.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;

/**
 * The headline figures of one department in a snapshot.
 *
 * @param department code and name
 * @param counted people in scope
 * @param completed of those, with a valid completion
 * @param late of those, overdue or expired
 * @param excluded people left out, for whatever reason
 * @param categories the stored totals per category
 */
public record DepartmentFigures(String department, int counted, int completed, int late, int excluded,
		Map<String, Integer> categories) {

	public DepartmentFigures {
		categories = Map.copyOf(categories);
	}

	/** In scope, neither completed nor late. */
	public int open() {
		return counted - completed - late;
	}

	/**
	 * Completed as a share of counted, in whole percent rounded to the nearest as the
	 * report's figures are (82 of 201 is 41 %, on both); 0 when nobody counted.
	 */
	public int completedPercent() {
		return counted == 0 ? 0 : (int) Math.round(completed * 100.0 / counted);
	}

	/** Per department, in the order of the totals (department code). */
	public static List<DepartmentFigures> of(List<SnapshotTotal> totals) {
		Map<String, Map<String, Integer>> departments = new LinkedHashMap<>();
		for (SnapshotTotal total : totals) {
			departments
				.computeIfAbsent(total.departmentCode() + " " + total.departmentName(), key -> new LinkedHashMap<>())
				.put(total.category(), total.people());
		}
		List<DepartmentFigures> figures = new ArrayList<>();
		departments.forEach((department, categories) -> {
			int counted = 0;
			int excluded = 0;
			for (Map.Entry<String, Integer> entry : categories.entrySet()) {
				if (entry.getKey().startsWith(SnapshotTotal.EXCLUDED)) {
					excluded += entry.getValue();
				}
				else {
					counted += entry.getValue();
				}
			}
			figures.add(
					new DepartmentFigures(department, counted,
							categories.getOrDefault(AssignmentStatus.COMPLETED.name(), 0),
							categories.getOrDefault(AssignmentStatus.OVERDUE.name(), 0)
									+ categories.getOrDefault(AssignmentStatus.EXPIRED.name(), 0),
							excluded, categories));
		});
		return figures;
	}

	/** The sum of several departments. */
	public static DepartmentFigures sum(String label, List<DepartmentFigures> departments) {
		Map<String, Integer> categories = new LinkedHashMap<>();
		departments.forEach(
				d -> d.categories().forEach((category, people) -> categories.merge(category, people, Integer::sum)));
		return new DepartmentFigures(label, departments.stream().mapToInt(DepartmentFigures::counted).sum(),
				departments.stream().mapToInt(DepartmentFigures::completed).sum(),
				departments.stream().mapToInt(DepartmentFigures::late).sum(),
				departments.stream().mapToInt(DepartmentFigures::excluded).sum(), categories);
	}

}
