package nl.ambtenaaronline.training.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The feed's tables: the event list with its counter, the skipped events, and the
 * clients.
 */
@Component
class HrFeedStore {

	private static final String EVENT_COLUMNS = "sequence_number, kind, employee_number, course_id, course_version,"
			+ " reference, occurred_at, recorded_at";

	private static final String CLIENT_COLUMNS = "id, name, created_by, created_at, revoked_at, last_used_at, last_cursor";

	private final JdbcTemplate jdbc;

	HrFeedStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An event to append. */
	record NewEvent(String key, FeedEventKind kind, long employeeId, String employeeNumber, String courseId,
			String courseVersion, String reference, Instant occurredAt) {
	}

	/**
	 * Appends the event unless its key is there already (a redelivered event), in the
	 * caller's transaction. Locks the counter row until that transaction ends, so numbers
	 * are handed out and become visible in commit order, without gaps.
	 * @return the sequence number, or empty when the key was there
	 */
	Optional<Long> append(NewEvent event, Instant now) {
		Long last = jdbc.queryForObject("select last_sequence from hr_feed_counter where id = 1 for update",
				Long.class);
		Integer existing = jdbc.queryForObject("select count(*) from hr_feed_event where event_key = ?", Integer.class,
				event.key());
		if (existing != null && existing > 0) {
			return Optional.empty();
		}
		long sequence = (last == null ? 0 : last) + 1;
		jdbc.update("update hr_feed_counter set last_sequence = ? where id = 1", sequence);
		jdbc.update("insert into hr_feed_event (sequence_number, event_key, kind, employee_id, employee_number,"
				+ " course_id, course_version, reference, occurred_at, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				sequence, event.key(), event.kind().name(), event.employeeId(), event.employeeNumber(),
				event.courseId(), event.courseVersion(), event.reference(), utc(event.occurredAt()), utc(now));
		return Optional.of(sequence);
	}

	List<FeedEvent> after(long cursor, int limit) {
		return jdbc.query(
				"select " + EVENT_COLUMNS
						+ " from hr_feed_event where sequence_number > ? order by sequence_number limit ?",
				this::event, cursor, limit);
	}

	/** The events recorded in the window (from included, to excluded), in order. */
	List<FeedEvent> recordedBetween(Instant from, Instant to) {
		return jdbc.query(
				"select " + EVENT_COLUMNS
						+ " from hr_feed_event where recorded_at >= ? and recorded_at < ? order by sequence_number",
				this::event, utc(from), utc(to));
	}

	List<Map<String, Object>> rowsOf(long employeeId) {
		return jdbc.queryForList(
				"select " + EVENT_COLUMNS + " from hr_feed_event where employee_id = ? order by sequence_number",
				employeeId);
	}

	List<Long> employeesBefore(Instant before) {
		return jdbc.queryForList("select distinct employee_id from hr_feed_event where occurred_at < ?", Long.class,
				utc(before));
	}

	int deleteBefore(Instant before) {
		return jdbc.update("delete from hr_feed_event where occurred_at < ?", utc(before));
	}

	long count() {
		Long count = jdbc.queryForObject("select count(*) from hr_feed_event", Long.class);
		return count == null ? 0 : count;
	}

	long lastSequence() {
		Long last = jdbc.queryForObject("select last_sequence from hr_feed_counter where id = 1", Long.class);
		return last == null ? 0 : last;
	}

	/**
	 * Keeps a skipped event once per key (a redelivered one is not counted twice).
	 * @return whether it was new
	 */
	boolean skip(String key, FeedEventKind kind, String reason, Instant now) {
		return jdbc.update("""
				insert into hr_feed_skipped (event_key, kind, reason, skipped_at)
				select ?, ?, ?, ? from hr_feed_counter where id = 1
				and not exists (select 1 from hr_feed_skipped where event_key = ?)""", key, kind.name(),
				reason.length() > 300 ? reason.substring(0, 300) : reason, utc(now), key) > 0;
	}

	long skippedCount() {
		Long count = jdbc.queryForObject("select count(*) from hr_feed_skipped", Long.class);
		return count == null ? 0 : count;
	}

	List<SkippedFeedEvent> recentSkips(int limit) {
		return jdbc.query(
				"select event_key, kind, reason, skipped_at from hr_feed_skipped order by skipped_at desc, event_key limit ?",
				(rs, n) -> new SkippedFeedEvent(rs.getString("event_key"), FeedEventKind.valueOf(rs.getString("kind")),
						rs.getString("reason"), instant(rs, "skipped_at")),
				limit);
	}

	int deleteSkippedBefore(Instant before) {
		return jdbc.update("delete from hr_feed_skipped where skipped_at < ?", utc(before));
	}

	void insertClient(String name, String tokenHash, String createdBy, Instant now) {
		jdbc.update("insert into hr_feed_client (name, token_hash, created_by, created_at) values (?, ?, ?, ?)", name,
				tokenHash, createdBy, utc(now));
	}

	List<FeedClient> clients() {
		return jdbc.query("select " + CLIENT_COLUMNS + " from hr_feed_client order by name", this::client);
	}

	Optional<FeedClient> clientByName(String name) {
		return jdbc.query("select " + CLIENT_COLUMNS + " from hr_feed_client where name = ?", this::client, name)
			.stream()
			.findFirst();
	}

	Optional<FeedClient> clientByTokenHash(String hash) {
		return jdbc.query("select " + CLIENT_COLUMNS + " from hr_feed_client where token_hash = ?", this::client, hash)
			.stream()
			.findFirst();
	}

	boolean revoke(long id, Instant now) {
		return jdbc.update("update hr_feed_client set revoked_at = ? where id = ? and revoked_at is null", utc(now),
				id) > 0;
	}

	void used(long id, Instant now) {
		jdbc.update("update hr_feed_client set last_used_at = ? where id = ?", utc(now), id);
	}

	void fetched(long id, long cursor) {
		jdbc.update("update hr_feed_client set last_cursor = ? where id = ?", cursor, id);
	}

	private FeedEvent event(ResultSet rs, int n) throws SQLException {
		return new FeedEvent(rs.getLong("sequence_number"), FeedEventKind.valueOf(rs.getString("kind")),
				rs.getString("employee_number"), rs.getString("course_id"), rs.getString("course_version"),
				rs.getString("reference"), instant(rs, "occurred_at"), instant(rs, "recorded_at"));
	}

	private FeedClient client(ResultSet rs, int n) throws SQLException {
		return new FeedClient(rs.getLong("id"), rs.getString("name"), rs.getString("created_by"),
				instant(rs, "created_at"), nullableInstant(rs, "revoked_at"), nullableInstant(rs, "last_used_at"),
				rs.getObject("last_cursor", Long.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
