package nl.ambtenaaronline.training.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee's learning journey, for their own copy of their data: runs, lessons read,
 * scenario plays and choices, assessment attempts and answers, completions and extra
 * attempts granted and the audit events about the person's own attempts. (The answer
 * facts analytics counts are exported by analytics, which owns them.)
 */
@Component
class LearningPersonalData implements PersonalDataSource {

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	LearningPersonalData(JdbcTemplate jdbc, AuditService audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public Set<String> tables() {
		return Set.of("enrolment", "completion", "extra_attempt");
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		List<PersonalDataSection> sections = new ArrayList<>(journey(employeeId));
		List<String> attempts = jdbc.queryForList("""
				select a.id from assessment_attempt a join enrolment e on e.id = a.enrolment_id
				where e.employee_id = ? order by a.id""", Long.class, employeeId)
			.stream()
			.map(id -> "attempt:" + id)
			.toList();
		sections.add(new PersonalDataSection("attempt-events", attempts.isEmpty() ? List.of()
				: audit.about(attempts).stream().map(AuditEntry::asPersonalRow).toList()));
		return sections;
	}

	private List<PersonalDataSection> journey(long employeeId) {
		return List.of(section("runs", """
				select id, course_id, run_no, course_version, refresher, started_at
				from enrolment where employee_id = ? order by id""", employeeId), section("lesson-reads", """
				select r.enrolment_id, r.lesson_id, r.read_at
				from lesson_read r join enrolment e on e.id = r.enrolment_id
				where e.employee_id = ? order by r.read_at""", employeeId), section("scenario-plays", """
				select p.id, p.enrolment_id, p.scenario_id, p.play_no, p.started_at
				from scenario_play p join enrolment e on e.id = p.enrolment_id
				where e.employee_id = ? order by p.id""", employeeId),
				section("scenario-choices",
						"""
								select c.play_id, c.step_id, c.choice_index, c.score, c.best_score, c.next_id, c.course_version,
								  c.chosen_at
								from scenario_choice c join scenario_play p on p.id = c.play_id join enrolment e on e.id = p.enrolment_id
								where e.employee_id = ? order by c.chosen_at""",
						employeeId),
				section("attempts",
						"""
								select a.id, a.enrolment_id, a.attempt_no, a.draw, a.started_at, a.submitted_at, a.score_percent,
								  a.passed, a.group_results, a.answers_erased_at
								from assessment_attempt a join enrolment e on e.id = a.enrolment_id
								where e.employee_id = ? order by a.id""",
						employeeId),
				section("answers", """
						select w.attempt_id, w.question_id, w.selected, w.course_version, w.answered_at
						from assessment_answer w join assessment_attempt a on a.id = w.attempt_id
						join enrolment e on e.id = a.enrolment_id
						where e.employee_id = ? order by w.answered_at""", employeeId), section("completions", """
						select id, enrolment_id, course_id, course_version, guideline_version, score_percent, passed_at,
						  acknowledged_at
						from completion where employee_id = ? order by id""", employeeId),
				section("extra-attempts",
						"""
								select course_id, granted_by, granted_at from extra_attempt where employee_id = ? order by id""",
						employeeId));
	}

	private PersonalDataSection section(String key, String sql, long employeeId) {
		return PersonalDataSection.ofColumns(key, jdbc.queryForList(sql, employeeId));
	}

}
