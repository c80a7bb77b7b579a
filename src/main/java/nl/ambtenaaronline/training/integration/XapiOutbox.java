package nl.ambtenaaronline.training.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** The table of xAPI statements waiting for, or sent to, the LRS. */
@Component
class XapiOutbox {

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	private final JdbcTemplate jdbc;

	XapiOutbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A statement due for sending. */
	record Due(String id, String statement, int attempts) {
	}

	/**
	 * Keeps a statement once per id (a redelivered event adds nothing). The single row of
	 * the feed's counter is the one-row source of the insert, which H2 and PostgreSQL
	 * both accept.
	 * @return whether it was new
	 */
	boolean add(String id, long employeeId, String verb, String statement, Instant now) {
		return jdbc.update("""
				insert into xapi_statement (statement_id, employee_id, verb, statement, created_at, status, attempts,
				  next_attempt_at)
				select ?, ?, ?, ?, ?, 'PENDING', 0, ? from hr_feed_counter where id = 1
				and not exists (select 1 from xapi_statement where statement_id = ?)""", id, employeeId, verb,
				statement, utc(now), utc(now), id) > 0;
	}

	/** The oldest pending statements whose next attempt is due. */
	List<Due> due(Instant now, int limit) {
		return jdbc.query("""
				select statement_id, statement, attempts from xapi_statement
				where status = 'PENDING' and next_attempt_at <= ? order by created_at, statement_id limit ?""",
				(rs, n) -> new Due(rs.getString("statement_id"), rs.getString("statement"), rs.getInt("attempts")),
				utc(now), limit);
	}

	void sent(String id, Instant now) {
		jdbc.update("""
				update xapi_statement set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null
				where statement_id = ?""", utc(now), id);
	}

	/**
	 * A failed attempt: tried again at {@code next}, or FAILED for good when
	 * {@code last}.
	 */
	void failed(String id, String error, Instant next, boolean last) {
		jdbc.update("""
				update xapi_statement set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, status = ?
				where statement_id = ?""", error.length() > 300 ? error.substring(0, 300) : error, utc(next),
				last ? FAILED : PENDING, id);
	}

	Map<String, Long> countsByStatus() {
		Map<String, Long> counts = new HashMap<>(Map.of(PENDING, 0L, SENT, 0L, FAILED, 0L));
		RowCallbackHandler count = rs -> counts.put(rs.getString("status"), rs.getLong("n"));
		jdbc.query("select status, count(*) as n from xapi_statement group by status", count);
		return counts;
	}

	/** The newest failures (failed attempts of pending statements, and failed ones). */
	List<XapiFailure> recentFailures(int limit) {
		return jdbc.query("""
				select statement_id, verb, status, attempts, last_error, next_attempt_at from xapi_statement
				where last_error is not null order by next_attempt_at desc, statement_id limit ?""",
				(rs, n) -> new XapiFailure(rs.getString("statement_id"), rs.getString("verb"), rs.getString("status"),
						rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "next_attempt_at")),
				limit);
	}

	/**
	 * Hands each statement recorded in {@code [from, to)} to the consumer, oldest first,
	 * without holding them all in memory.
	 * @return how many
	 */
	int forEachIn(Instant from, Instant to, Consumer<String> each) {
		int[] count = { 0 };
		jdbc.query("""
				select statement from xapi_statement where created_at >= ? and created_at < ?
				order by created_at, statement_id""", (RowCallbackHandler) rs -> {
			each.accept(rs.getString("statement"));
			count[0]++;
		}, utc(from), utc(to));
		return count[0];
	}

	List<Map<String, Object>> rowsOf(long employeeId) {
		return jdbc.queryForList("""
				select statement_id, verb, created_at, status, sent_at, statement from xapi_statement
				where employee_id = ? order by created_at, statement_id""", employeeId);
	}

	List<Long> employeesBefore(Instant before) {
		return jdbc.queryForList("select distinct employee_id from xapi_statement where created_at < ?", Long.class,
				utc(before));
	}

	int deleteBefore(Instant before) {
		return jdbc.update("delete from xapi_statement where created_at < ?", utc(before));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
