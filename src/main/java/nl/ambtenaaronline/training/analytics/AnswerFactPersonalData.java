package nl.ambtenaaronline.training.analytics;

import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer facts analytics counts, for the employee's own copy of their data, while
 * they still name the person (the retention rule forgets who answered).
 */
@Component
class AnswerFactPersonalData implements PersonalDataSource {

	private final JdbcTemplate jdbc;

	AnswerFactPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("answer_fact");
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(PersonalDataSection.ofColumns("answer-facts", jdbc.queryForList("""
				select course_id, rule_id, rule_no, source, item_id, step_id, choice_index, first_answer, correct,
				  department_code, new_hire, answered_on
				from answer_fact where employee_id = ? order by id""", employeeId)));
	}

}
