package nl.ambtenaaronline.training.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers: the analytics facts lose the employee they belong to (and the id of the
 * answer, which leads to the employee too) once the retention period has passed, counted
 * from the day of the answer. The facts themselves, with their department, new-hire flag
 * and day, stay, so the aggregates do too.
 */
@Component
class AnswerFactRetention implements RetentionRule {

	@Override
	public Set<String> tables() {
		return Set.of("answer_fact");
	}

	private final JdbcTemplate jdbc;

	AnswerFactRetention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.ANSWERS;
	}

	@Override
	public String name() {
		return "learning.answer-facts";
	}

	@Override
	@Transactional
	public Erasure apply(Period period, Instant now) {
		LocalDate before = LocalDate.ofInstant(now, TimeConfiguration.ZONE).minus(period);
		List<Long> employees = jdbc.queryForList(
				"select distinct employee_id from answer_fact where employee_id is not null and answered_on < ?",
				Long.class, before);
		int records = jdbc.update(
				"update answer_fact set employee_id = null, answer_id = null where employee_id is not null and answered_on < ?",
				before);
		return new Erasure(records, new HashSet<>(employees));
	}

}
