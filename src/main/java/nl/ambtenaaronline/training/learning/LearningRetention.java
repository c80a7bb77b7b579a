package nl.ambtenaaronline.training.learning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The learning journey's retention rules: individual answers a short time after the
 * course was passed, attempts after a longer one. Periods count back from now in
 * Amsterdam time; each rule runs in a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class LearningRetention {

	@Bean
	RetentionRule answerRetention(JdbcTemplate jdbc, AttemptStore attempts, RunStore runs, Runs courses,
			TransactionTemplate transactions) {
		return new AnswersAfterPassing(jdbc, attempts, runs, courses, transactions);
	}

	@Bean
	RetentionRule attemptRetention(JdbcTemplate jdbc, TransactionTemplate transactions) {
		return new Attempts(jdbc, transactions);
	}

	/**
	 * Individual answers: of every run completed (passed) before the cutoff, the
	 * assessment answers are deleted after the result per rule group is kept on the
	 * attempt, and the option chosen in each scenario step is erased
	 * ({@code choice_index = -1}; the step's score stays for the scenario result).
	 */
	record AnswersAfterPassing(JdbcTemplate jdbc, AttemptStore attempts, RunStore runs, Runs courses,
			TransactionTemplate transactions) implements RetentionRule {

		@Override
		public RetentionKind kind() {
			return RetentionKind.ANSWERS;
		}

		@Override
		public String name() {
			return "learning-answers-after-passing";
		}

		@Override
		public Erasure apply(Period period, Instant now) {
			Instant cutoff = RetentionRule.cutoff(period, now);
			return transactions.execute(status -> erase(cutoff, now));
		}

		private Erasure erase(Instant cutoff, Instant now) {
			OffsetDateTime cut = cutoff.atOffset(ZoneOffset.UTC);
			Set<Long> employees = new HashSet<>();
			int records = 0;
			List<Map<String, Object>> targets = jdbc.queryForList("""
					select a.id, e.employee_id from assessment_attempt a
					join enrolment e on e.id = a.enrolment_id join completion c on c.enrolment_id = e.id
					where c.passed_at < ? and a.answers_erased_at is null order by a.id""", cut);
			for (Map<String, Object> target : targets) {
				long attemptId = ((Number) target.get("id")).longValue();
				AttemptRow attempt = attempts.byId(attemptId);
				String groups;
				try {
					groups = Scoring.keep(
							Scoring
								.score(courses.courseOf(runs.byId(attempt.enrolmentId())), attemptId,
										attempt.attemptNo(), attempt.draw(), attempts.answers(attemptId))
								.groupPercent());
				}
				catch (RuntimeException unknownQuestion) {
					// the course version is gone: keep the score and pass, without groups
					groups = "";
				}
				int deleted = jdbc.update("delete from assessment_answer where attempt_id = ?", attemptId);
				jdbc.update("update assessment_attempt set group_results = ?, answers_erased_at = ? where id = ?",
						groups, now.atOffset(ZoneOffset.UTC), attemptId);
				if (deleted > 0) {
					records += deleted;
					employees.add(((Number) target.get("employee_id")).longValue());
				}
			}
			String choicesOfPassedRuns = """
					from scenario_choice sc join scenario_play p on p.id = sc.play_id
					join enrolment e on e.id = p.enrolment_id join completion c on c.enrolment_id = e.id
					where c.passed_at < ? and sc.choice_index >= 0""";
			employees
				.addAll(jdbc.queryForList("select distinct e.employee_id " + choicesOfPassedRuns, Long.class, cut));
			records += jdbc.update("""
					update scenario_choice set choice_index = -1 where choice_index >= 0 and play_id in (
					  select p.id from scenario_play p join completion c on c.enrolment_id = p.enrolment_id
					  where c.passed_at < ?)""", cut);
			return new Erasure(records, employees);
		}

	}

	/**
	 * Attempts: of runs that are completed or followed by a later run, the assessment
	 * attempts (with any answers left) submitted — or, never submitted, started — before
	 * the cutoff are deleted, and so are the scenario plays (with their choices) started
	 * before it. The run and its completion stay.
	 */
	record Attempts(JdbcTemplate jdbc, TransactionTemplate transactions) implements RetentionRule {

		@Override
		public RetentionKind kind() {
			return RetentionKind.ATTEMPTS;
		}

		@Override
		public String name() {
			return "learning-attempts";
		}

		@Override
		public Erasure apply(Period period, Instant now) {
			Instant cutoff = RetentionRule.cutoff(period, now);
			return transactions.execute(status -> erase(cutoff));
		}

		private Erasure erase(Instant cutoff) {
			OffsetDateTime cut = cutoff.atOffset(ZoneOffset.UTC);
			String closedRun = """
					(exists (select 1 from completion c where c.enrolment_id = e.id)
					  or exists (select 1 from enrolment l where l.employee_id = e.employee_id
					    and l.course_id = e.course_id and l.run_no > e.run_no))""";
			String attempts = " from assessment_attempt a join enrolment e on e.id = a.enrolment_id"
					+ " where coalesce(a.submitted_at, a.started_at) < ? and " + closedRun;
			String plays = " from scenario_play p join enrolment e on e.id = p.enrolment_id where p.started_at < ? and "
					+ closedRun;
			Set<Long> employees = new HashSet<>(
					jdbc.queryForList("select distinct e.employee_id" + attempts, Long.class, cut));
			employees.addAll(jdbc.queryForList("select distinct e.employee_id" + plays, Long.class, cut));
			jdbc.update("delete from assessment_answer where attempt_id in (select a.id" + attempts + ")", cut);
			int records = jdbc.update("delete from assessment_attempt where id in (select a.id" + attempts + ")", cut);
			jdbc.update("delete from scenario_choice where play_id in (select p.id" + plays + ")", cut);
			records += jdbc.update("delete from scenario_play where id in (select p.id" + plays + ")", cut);
			return new Erasure(records, employees);
		}

	}

}
