package nl.ambtenaaronline.training.assignment;

import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee's assignments, HR's changes to them (extension, deferral, exemption) and
 * classroom completions, for their own copy of their data.
 */
@Component
class AssignmentPersonalData implements PersonalDataSource {

	@Override
	public Set<String> tables() {
		return Set.of("assignment", "classroom_completion");
	}

	private final JdbcTemplate jdbc;

	AssignmentPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(PersonalDataSection.ofColumns("assignments", jdbc.queryForList("""
				select id, course_id, reason, assigned_on, due_on, closed_on, closed_reason, completion_ref, created_at
				from assignment where employee_id = ? order by id""", employeeId)),
				PersonalDataSection.ofColumns("assignment-overrides", jdbc.queryForList("""
						select o.assignment_id, o.kind, o.until_on, o.reason, o.trainer, o.created_by, o.created_at
						from assignment_override o join assignment a on a.id = o.assignment_id
						where a.employee_id = ? order by o.id""", employeeId)),
				PersonalDataSection.ofColumns("classroom-completions", jdbc.queryForList("""
						select id, course_id, completed_on, course_version, trainer, created_by, created_at
						from classroom_completion where employee_id = ? order by id""", employeeId)));
	}

}
