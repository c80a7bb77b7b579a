package nl.ambtenaaronline.training.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.ambtenaaronline.training.shared.Savepoints;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SQL and row mapping of scenario plays and their choices. Callers own the transaction.
 */
@Component
class ScenarioStore {

	private final JdbcTemplate jdbc;

	private final Savepoints savepoints;

	ScenarioStore(JdbcTemplate jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	/** The latest play of the scenario in the run. */
	Optional<Play> latestPlay(long runId, String scenarioId) {
		return jdbc
			.query("""
					select id, scenario_id, play_no, started_at, choice_orders from scenario_play
					where enrolment_id = ? and scenario_id = ? order by play_no desc""", ScenarioStore::play, runId,
					scenarioId)
			.stream()
			.findFirst();
	}

	/** Every play of the scenario in the run, first first. */
	List<Play> plays(long runId, String scenarioId) {
		return jdbc.query("""
				select id, scenario_id, play_no, started_at, choice_orders from scenario_play
				where enrolment_id = ? and scenario_id = ? order by play_no""", ScenarioStore::play, runId, scenarioId);
	}

	/** Every play of the run, in the order they started. */
	List<Play> plays(long runId) {
		return jdbc.query("""
				select id, scenario_id, play_no, started_at, choice_orders from scenario_play
				where enrolment_id = ? order by started_at, id""", ScenarioStore::play, runId);
	}

	/**
	 * Inserts a play.
	 * @return whether it went in; {@code false} when the other window started it already
	 */
	boolean insertPlay(long runId, String scenarioId, int playNo, OffsetDateTime now, String choiceOrders) {
		return savepoints.insertUnlessDuplicate(() -> jdbc.update(
				"insert into scenario_play (enrolment_id, scenario_id, play_no, started_at, choice_orders) values (?, ?, ?, ?, ?)",
				runId, scenarioId, playNo, now, choiceOrders));
	}

	/** The choices made in a play, in the order they were made. */
	List<ScenarioState.MadeChoice> choices(long playId) {
		return jdbc.query(
				"select step_id, choice_index, score, best_score, next_id from scenario_choice where play_id = ? order by chosen_at",
				(rs, row) -> new ScenarioState.MadeChoice(rs.getString("step_id"), rs.getInt("choice_index"),
						rs.getInt("score"), rs.getInt("best_score"), rs.getString("next_id")),
				playId);
	}

	/**
	 * Inserts a choice.
	 * @return whether it went in; {@code false} when its id or its step was stored
	 * already
	 */
	boolean insertChoice(UUID answerId, long playId, String stepId, int choiceIndex, int score, int bestScore,
			String next, String version, OffsetDateTime now) {
		return savepoints.insertUnlessDuplicate(() -> jdbc.update(
				"insert into scenario_choice (id, play_id, step_id, choice_index, score, best_score, next_id, course_version, chosen_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				answerId, playId, stepId, choiceIndex, score, bestScore, next, version, now));
	}

	/** One play of a scenario. */
	record Play(long id, String scenarioId, int playNo, Instant startedAt, @Nullable String choiceOrders) {
	}

	private static Play play(ResultSet rs, int row) throws SQLException {
		return new Play(rs.getLong("id"), rs.getString("scenario_id"), rs.getInt("play_no"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getString("choice_orders"));
	}

}
