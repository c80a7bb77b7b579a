package nl.ambtenaaronline.training.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The certificate tables. Rows are inserted once and never updated; the status columns
 * ({@code superseded}, the revocation) are derived in the query.
 */
@Component
class CertificateStore {

	/** A stored certificate with what its status derives from. */
	record Row(long id, @Nullable Long completionId, long employeeId, String courseId, String courseVersion,
			String titleNl, String titleEn, String firstName, @Nullable String tussenvoegsel, String lastName,
			String cityName, LocalDate completedOn, LocalDate validUntil, String number, String verificationCode,
			Instant passedAt, Instant issuedAt, boolean superseded, @Nullable Instant revokedAt,
			@Nullable String revocationReason, long verifications) {
	}

	/** A certificate to insert. */
	record NewCertificate(@Nullable Long completionId, long employeeId, String courseId, String courseVersion,
			String titleNl, String titleEn, String firstName, @Nullable String tussenvoegsel, String lastName,
			String cityName, LocalDate completedOn, LocalDate validUntil, String number, String verificationCode,
			Instant passedAt, Instant issuedAt) {
	}

	/** Whether a later certificate of the same person and training exists. */
	private static final String SUPERSEDED = """
			exists (select 1 from certificate l where l.employee_id = c.employee_id
			    and l.course_id = c.course_id
			    and (l.passed_at > c.passed_at or (l.passed_at = c.passed_at and l.id > c.id)))""";

	/**
	 * The status as {@link CertificateStatus#derive} gives it, in SQL; its one parameter
	 * is today.
	 */
	private static final String STATUS = "case when r.certificate_id is not null then 'REVOKED' when " + SUPERSEDED
			+ " then 'SUPERSEDED' when c.valid_until <= ? then 'EXPIRED' else 'VALID' end";

	private static final String SELECT = "select c.*, r.reason, r.revoked_at, case when " + SUPERSEDED + """
					 then 1 else 0 end as superseded,
			  coalesce((select sum(v.verifications) from certificate_verification v where v.certificate_id = c.id), 0)
			    as verifications
			from certificate c left join certificate_revocation r on r.certificate_id = c.id
			""";

	private static final String SEARCH = """
			where (lower(c.number) like ? or lower(c.holder_first_name) like ? or lower(c.holder_last_name) like ?
			  or lower(coalesce(c.holder_tussenvoegsel, '')) like ? or lower(c.course_title_nl) like ?
			  or lower(c.course_title_en) like ? or lower(c.course_id) like ?)
			""";

	private final JdbcTemplate jdbc;

	CertificateStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the one number counter until the transaction ends and returns its last value.
	 * Everything done in the same transaction after this call is serialised with every
	 * other issue, on every node.
	 */
	long lockCounter() {
		Long last = jdbc.queryForObject("select last_value from certificate_counter where id = 1 for update",
				Long.class);
		return last == null ? 0 : last;
	}

	void setCounter(long value) {
		jdbc.update("update certificate_counter set last_value = ? where id = 1", value);
	}

	long insert(NewCertificate certificate) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					insert into certificate (completion_id, employee_id, course_id, course_version, course_title_nl,
					  course_title_en, holder_first_name, holder_tussenvoegsel, holder_last_name, city_name,
					  completed_on, valid_until, number, verification_code, passed_at, issued_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			statement.setObject(1, certificate.completionId());
			statement.setLong(2, certificate.employeeId());
			statement.setString(3, certificate.courseId());
			statement.setString(4, certificate.courseVersion());
			statement.setString(5, certificate.titleNl());
			statement.setString(6, certificate.titleEn());
			statement.setString(7, certificate.firstName());
			statement.setString(8, certificate.tussenvoegsel());
			statement.setString(9, certificate.lastName());
			statement.setString(10, certificate.cityName());
			statement.setObject(11, certificate.completedOn());
			statement.setObject(12, certificate.validUntil());
			statement.setString(13, certificate.number());
			statement.setString(14, certificate.verificationCode());
			statement.setObject(15, utc(certificate.passedAt()));
			statement.setObject(16, utc(certificate.issuedAt()));
			return statement;
		}, keys);
		Number id = keys.getKey();
		if (id == null) {
			throw new IllegalStateException("no id for the new certificate");
		}
		return id.longValue();
	}

	Optional<Row> byId(long id) {
		return jdbc.query(SELECT + " where c.id = ?", this::row, id).stream().findFirst();
	}

	Optional<Row> byCompletion(long completionId) {
		return jdbc.query(SELECT + " where c.completion_id = ?", this::row, completionId).stream().findFirst();
	}

	Optional<Row> byCode(String code) {
		return jdbc.query(SELECT + " where c.verification_code = ?", this::row, code).stream().findFirst();
	}

	boolean codeExists(String code) {
		Integer count = jdbc.queryForObject("select count(*) from certificate where verification_code = ?",
				Integer.class, code);
		return count != null && count > 0;
	}

	/**
	 * Certificates that are neither revoked nor superseded and whose validity ends in the
	 * window (both days included), soonest first.
	 */
	List<Row> currentEndingBetween(LocalDate from, LocalDate to) {
		return jdbc.query(SELECT + " where c.valid_until between ? and ? and r.certificate_id is null"
				+ " and not exists (select 1 from certificate l where l.employee_id = c.employee_id"
				+ " and l.course_id = c.course_id"
				+ " and (l.passed_at > c.passed_at or (l.passed_at = c.passed_at and l.id > c.id)))"
				+ " order by c.valid_until, c.id", this::row, from, to);
	}

	/** Someone's certificates, newest completion first. */
	List<Row> ofEmployee(long employeeId) {
		return jdbc.query(SELECT + " where c.employee_id = ? order by c.passed_at desc, c.id desc", this::row,
				employeeId);
	}

	List<Row> search(CertificateFilter filter, LocalDate today, int offset, int limit) {
		Where where = where(filter, today);
		List<Object> args = new ArrayList<>(where.args());
		args.add(limit);
		args.add(offset);
		return jdbc.query(SELECT + where.sql() + " order by c.issued_at desc, c.id desc limit ? offset ?", this::row,
				args.toArray());
	}

	long count(CertificateFilter filter, LocalDate today) {
		Where where = where(filter, today);
		Long count = jdbc.queryForObject(
				"select count(*) from certificate c left join certificate_revocation r on r.certificate_id = c.id "
						+ where.sql(),
				Long.class, where.args().toArray());
		return count == null ? 0 : count;
	}

	/** How many certificates of the filter's text and training have each status. */
	Map<CertificateStatus, Long> countByStatus(CertificateFilter filter, LocalDate today) {
		Where where = where(new CertificateFilter(filter.text(), filter.courseId(), null), today);
		List<Object> args = new ArrayList<>();
		args.add(today);
		args.addAll(where.args());
		Map<CertificateStatus, Long> counts = new EnumMap<>(CertificateStatus.class);
		for (CertificateStatus status : CertificateStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.query(
				"select status, count(*) as n from (select " + STATUS
						+ " as status from certificate c left join certificate_revocation r on r.certificate_id = c.id "
						+ where.sql() + ") t group by status",
				(RowCallbackHandler) rs -> counts.put(CertificateStatus.valueOf(rs.getString("status")),
						rs.getLong("n")),
				args.toArray());
		return counts;
	}

	/** The trainings that certificates were issued for, with their titles. */
	List<Course> courses() {
		return jdbc.query(
				"select course_id, min(course_title_nl) as nl, min(course_title_en) as en from certificate"
						+ " group by course_id order by course_id",
				(rs, row) -> new Course(rs.getString("course_id"), rs.getString("nl"), rs.getString("en")));
	}

	/** A training certificates were issued for. */
	record Course(String id, String titleNl, String titleEn) {
	}

	/** A where clause and its arguments, in order. */
	private record Where(String sql, List<Object> args) {
	}

	private static Where where(CertificateFilter filter, LocalDate today) {
		String like = like(filter.text());
		StringBuilder sql = new StringBuilder(SEARCH);
		List<Object> args = new ArrayList<>(List.of(like, like, like, like, like, like, like));
		if (filter.courseId() != null) {
			sql.append(" and c.course_id = ?");
			args.add(filter.courseId());
		}
		if (filter.status() != null) {
			sql.append(" and ").append(STATUS).append(" = ?");
			args.add(today);
			args.add(filter.status().name());
		}
		return new Where(sql.toString(), args);
	}

	void revoke(long certificateId, String reason, String revokedBy, Instant at) {
		jdbc.update(
				"insert into certificate_revocation (certificate_id, reason, revoked_by, revoked_at) values (?, ?, ?, ?)",
				certificateId, reason, revokedBy, utc(at));
	}

	/** Adds one to a certificate's count of the day; false when the day's row is new. */
	boolean countVerification(long certificateId, LocalDate day) {
		return jdbc.update(
				"update certificate_verification set verifications = verifications + 1 where certificate_id = ? and verified_on = ?",
				certificateId, day) > 0;
	}

	void insertVerification(long certificateId, LocalDate day) {
		jdbc.update(
				"insert into certificate_verification (certificate_id, verified_on, verifications) values (?, ?, 1)",
				certificateId, day);
	}

	boolean countMiss(LocalDate day) {
		return jdbc.update("update certificate_verification_miss set misses = misses + 1 where missed_on = ?", day) > 0;
	}

	void insertMiss(LocalDate day) {
		jdbc.update("insert into certificate_verification_miss (missed_on, misses) values (?, 1)", day);
	}

	long misses(LocalDate day) {
		return jdbc
			.queryForList("select misses from certificate_verification_miss where missed_on = ?", Long.class, day)
			.stream()
			.findFirst()
			.orElse(0L);
	}

	private static String like(String text) {
		String escaped = text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
		return "%" + escaped + "%";
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	private Row row(ResultSet rs, int row) throws SQLException {
		Object completion = rs.getObject("completion_id");
		OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), completion == null ? null : ((Number) completion).longValue(),
				rs.getLong("employee_id"), rs.getString("course_id"), rs.getString("course_version"),
				rs.getString("course_title_nl"), rs.getString("course_title_en"), rs.getString("holder_first_name"),
				rs.getString("holder_tussenvoegsel"), rs.getString("holder_last_name"), rs.getString("city_name"),
				rs.getObject("completed_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				rs.getString("number"), rs.getString("verification_code"),
				rs.getObject("passed_at", OffsetDateTime.class).toInstant(),
				rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getInt("superseded") > 0,
				revoked == null ? null : revoked.toInstant(), rs.getString("reason"), rs.getLong("verifications"));
	}

}
