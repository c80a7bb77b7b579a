package nl.ambtenaaronline.training.employee;

import java.time.LocalDate;

/**
 * Of one person, only what aggregates by department and new hire need: the department
 * code and the start date. No name, no contact details.
 */
public record DepartmentAndStart(String departmentCode, LocalDate startDate) {
}
