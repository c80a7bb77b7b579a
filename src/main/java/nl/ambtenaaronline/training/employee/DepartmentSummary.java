package nl.ambtenaaronline.training.employee;

/** A department, with the number of people in it. */
public record DepartmentSummary(long id, String code, String name, long headcount) {
}
