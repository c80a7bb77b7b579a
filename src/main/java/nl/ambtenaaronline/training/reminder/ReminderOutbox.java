package nl.ambtenaaronline.training.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import nl.ambtenaaronline.training.shared.Savepoints;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The outbox table: written by the planner, read and updated by the send job. */
@Component
class ReminderOutbox {

	private static final String COLUMNS = "id, kind, employee_id, recipient_employee_id, via_manager, course_id,"
			+ " recipient_address, language, subject, body_text, status, attempts, next_attempt_at, last_error,"
			+ " created_at, sent_at";

	private final JdbcTemplate jdbc;

	private final Savepoints savepoints;

	ReminderOutbox(JdbcTemplate jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	/** A reminder to write. */
	record NewReminder(String key, ReminderKind kind, long employeeId, @Nullable Long recipientEmployeeId,
			boolean viaManager, @Nullable String courseId, @Nullable String address, String language, String subject,
			String text, String html, ReminderStatus status, @Nullable String error) {
	}

	/** One reminder to hand over. */
	record Outgoing(long id, String key, String address, String subject, String text, String html, int attempts) {
	}

	boolean exists(String key) {
		Integer count = jdbc.queryForObject("select count(*) from reminder_outbox where idempotency_key = ?",
				Integer.class, key);
		return count != null && count > 0;
	}

	/** Writes the reminder unless its key is taken; whether it went in. */
	boolean insert(NewReminder reminder, Instant now) {
		OffsetDateTime at = utc(now);
		return savepoints.insertUnlessDuplicate(() -> jdbc
			.update("insert into reminder_outbox (idempotency_key, kind, employee_id, recipient_employee_id, via_manager,"
					+ " course_id, recipient_address, language, subject, body_text, body_html, status, attempts,"
					+ " next_attempt_at, last_error, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
					reminder.key(), reminder.kind().name(), reminder.employeeId(), reminder.recipientEmployeeId(),
					reminder.viaManager(), reminder.courseId(), reminder.address(), reminder.language(),
					reminder.subject(), reminder.text(), reminder.html(), reminder.status().name(), at,
					reminder.error(), at));
	}

	/** The pending reminders whose time has come, oldest first. */
	List<Long> due(Instant now, int limit) {
		return jdbc.queryForList(
				"select id from reminder_outbox where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit ?",
				Long.class, utc(now), Math.max(limit, 0));
	}

	/**
	 * Claims one pending reminder for a send: moves its next attempt past the lease, in
	 * one conditional update, so that no other sender (another node, a second run) takes
	 * it meanwhile. Empty when someone else claimed it first.
	 */
	Optional<Outgoing> claim(long id, Instant now, Instant leaseUntil) {
		int claimed = jdbc.update(
				"update reminder_outbox set next_attempt_at = ?, attempts = attempts + 1 where id = ? and status = 'PENDING' and next_attempt_at <= ?",
				utc(leaseUntil), id, utc(now));
		if (claimed == 0) {
			return Optional.empty();
		}
		return jdbc.query(
				"select id, idempotency_key, recipient_address, subject, body_text, body_html, attempts from reminder_outbox where id = ?",
				(rs, n) -> new Outgoing(rs.getLong("id"), rs.getString("idempotency_key"),
						rs.getString("recipient_address"), rs.getString("subject"), rs.getString("body_text"),
						rs.getString("body_html"), rs.getInt("attempts")),
				id)
			.stream()
			.findFirst();
	}

	void delivered(long id, ReminderStatus status, Instant now) {
		jdbc.update("update reminder_outbox set status = ?, sent_at = ?, last_error = null where id = ?", status.name(),
				utc(now), id);
	}

	void retryAt(long id, Instant at, String error) {
		jdbc.update("update reminder_outbox set next_attempt_at = ?, last_error = ? where id = ?", utc(at),
				shorten(error), id);
	}

	void failed(long id, String error) {
		jdbc.update("update reminder_outbox set status = 'FAILED', last_error = ? where id = ?", shorten(error), id);
	}

	/**
	 * How many were handed to the SMTP server in the window (from included, to excluded).
	 */
	int sentBetween(Instant from, Instant to) {
		Integer count = jdbc.queryForObject(
				"select count(*) from reminder_outbox where status = 'SENT' and sent_at >= ? and sent_at < ?",
				Integer.class, utc(from), utc(to));
		return count == null ? 0 : count;
	}

	List<ReminderSummary> about(long employeeId) {
		return jdbc.query("select " + COLUMNS + " from reminder_outbox where employee_id = ? order by id desc",
				this::summary, employeeId);
	}

	List<ReminderSummary> concerning(long employeeId) {
		return jdbc.query(
				"select " + COLUMNS
						+ " from reminder_outbox where employee_id = ? or recipient_employee_id = ? order by id desc",
				this::summary, employeeId, employeeId);
	}

	List<ReminderSummary> page(@Nullable ReminderStatus status, int offset, int limit) {
		if (status == null) {
			return jdbc.query("select " + COLUMNS + " from reminder_outbox order by id desc limit ? offset ?",
					this::summary, Math.max(limit, 1), Math.max(offset, 0));
		}
		return jdbc.query(
				"select " + COLUMNS + " from reminder_outbox where status = ? order by id desc limit ? offset ?",
				this::summary, status.name(), Math.max(limit, 1), Math.max(offset, 0));
	}

	long count(@Nullable ReminderStatus status) {
		Long count = status == null ? jdbc.queryForObject("select count(*) from reminder_outbox", Long.class) : jdbc
			.queryForObject("select count(*) from reminder_outbox where status = ?", Long.class, status.name());
		return count == null ? 0 : count;
	}

	Optional<String> html(long id) {
		return jdbc.queryForList("select body_html from reminder_outbox where id = ?", String.class, id)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/**
	 * Erases address, subject and bodies of delivered or failed reminders created before
	 * the moment; keeps key, kind, whom, status and times. Returns the employees touched.
	 */
	List<long[]> erasable(Instant before) {
		return jdbc.query(
				"select id, employee_id, coalesce(recipient_employee_id, employee_id) as recipient from reminder_outbox"
						+ " where erased_at is null and status <> 'PENDING' and created_at < ?",
				(rs, n) -> new long[] { rs.getLong("id"), rs.getLong("employee_id"), rs.getLong("recipient") },
				utc(before));
	}

	void erase(long id, Instant now) {
		jdbc.update("update reminder_outbox set recipient_address = null, subject = null, body_text = null,"
				+ " body_html = null, erased_at = ? where id = ? and erased_at is null", utc(now), id);
	}

	private ReminderSummary summary(ResultSet rs, int n) throws SQLException {
		long recipient = rs.getLong("recipient_employee_id");
		Long recipientId = rs.wasNull() ? null : recipient;
		OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
		return new ReminderSummary(rs.getLong("id"), ReminderKind.valueOf(rs.getString("kind")),
				rs.getLong("employee_id"), recipientId, rs.getBoolean("via_manager"), rs.getString("course_id"),
				rs.getString("recipient_address"), rs.getString("language"), rs.getString("subject"),
				rs.getString("body_text"), ReminderStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), rs.getString("last_error"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), sent == null ? null : sent.toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	private static String shorten(String error) {
		return error.length() > 500 ? error.substring(0, 500) : error;
	}

}
