package nl.ambtenaaronline.training.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.ambtenaaronline.training.assignment.AssignmentReason;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.employee.WorkerType;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queries on the read model. The status is derived in SQL by {@link #STATUS}, which
 * mirrors the precedence of the assignment feature's status rules exactly (a test
 * compares both for every demo person); {@code :today} and {@code :soon} (today plus the
 * course's "due soon" days) are bound from the clock.
 */
@Component
class ReportQueries {

	/** The status model of the assignment feature, as a CASE expression on the facts. */
	static final String STATUS = """
			case
			 when r.is_open and r.exempt then 'EXEMPT'
			 when r.is_open and r.deferred_until >= :today then 'DEFERRED'
			 when r.completed_on is not null and r.valid_until > :today
			  and not (r.is_open and r.due_on is not null and r.due_on <= :soon) then 'COMPLETED'
			 when not r.is_open and r.completed_on is not null then 'EXPIRED'
			 when not r.is_open then 'NOT_ASSIGNED'
			 when r.completed_on is not null and r.valid_until <= :today then 'EXPIRED'
			 when r.due_on < :today then 'OVERDUE'
			 when r.due_on <= :soon then 'DUE_SOON'
			 when r.in_progress then 'IN_PROGRESS'
			 else 'NOT_STARTED'
			end""";

	/**
	 * Whether a row of the statuses' query ({@code alias}) is someone who used every test
	 * attempt while the course is still to be done.
	 */
	private static String usedUp(String alias) {
		return "(" + alias + ".attempts_used_up and " + alias + ".is_open and " + alias
				+ ".status not in ('COMPLETED', 'EXEMPT', 'DEFERRED'))";
	}

	private static final String TEAM = """
			with recursive team (id) as (
			 select employee_id from report_person_course where manager_id = :manager and course_id = :course
			 union all
			 select r.employee_id from report_person_course r join team t on r.manager_id = t.id
			 where r.course_id = :course and :indirect = true)
			""";

	/**
	 * Who must act first: late or expired, or stuck because every test attempt is used
	 * (only HR can let them go on), then at risk (due soon), then not started, in
	 * progress and the rest; within each the earliest due date first.
	 */
	private static final String URGENCY = """
			case when x.status in ('OVERDUE', 'EXPIRED') or %s then 0 when x.status = 'DUE_SOON' then 1
			when x.status = 'NOT_STARTED' then 2 when x.status = 'IN_PROGRESS' then 3 else 4 end"""
		.formatted(usedUp("x"));

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	ReportQueries(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		JdbcTemplate fetching = new JdbcTemplate(dataSource);
		fetching.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(fetching);
	}

	/**
	 * Who a query covers: everyone matching the filter, or only a manager's team.
	 *
	 * @param manager the manager's employee id, for "Mijn team"
	 * @param indirect whether the team includes everyone below the direct reports
	 */
	record Scope(ReportFilter filter, LocalDate today, int dueSoonDays, @Nullable Long manager, boolean indirect) {
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard(Scope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String base = base(scope, params, false);
		Map<AssignmentStatus, Long> overall = new EnumMap<>(AssignmentStatus.class);
		jdbc.query(prefix(scope) + "select x.status, count(*) as n from (" + base + ") x group by x.status", params,
				(ResultSet rs) -> {
					overall.put(AssignmentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
				});
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Map<AssignmentStatus, Long>> perDepartment = new LinkedHashMap<>();
		jdbc.query(prefix(scope) + "select x.department_code, x.department_name, x.status, count(*) as n from (" + base
				+ ") x group by x.department_code, x.department_name, x.status order by x.department_name, x.department_code",
				params, (ResultSet rs) -> {
					String code = rs.getString("department_code");
					names.put(code, rs.getString("department_name"));
					perDepartment.computeIfAbsent(code, key -> new EnumMap<>(AssignmentStatus.class))
						.put(AssignmentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
				});
		List<Dashboard.DepartmentFigures> departments = new ArrayList<>();
		perDepartment.forEach((code, counts) -> departments
			.add(new Dashboard.DepartmentFigures(code, names.get(code), figures(counts))));
		return new Dashboard(scope.filter().courseId(), figures(overall), departments);
	}

	/**
	 * How many of the scope's people with the status completed did so online (the rest
	 * completed in a classroom or before the application, recorded by HR).
	 */
	@Transactional(readOnly = true)
	public long completedOnline(Scope scope) {
		return countWhere(scope, "x.status = 'COMPLETED' and x.completed_online = true");
	}

	/**
	 * How many of the scope's people who must finish soon ({@code DUE_SOON}) have
	 * started: the status says only the most pressing thing, so "Bezig" counts only those
	 * who started and still have time.
	 */
	@Transactional(readOnly = true)
	public long startedDueSoon(Scope scope) {
		return countWhere(scope, "x.status = 'DUE_SOON' and x.in_progress = true");
	}

	/**
	 * How many of the scope's people (employed today) meet {@code condition} on
	 * {@code x}.
	 */
	private long countWhere(Scope scope, String condition) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String base = base(scope, params, false);
		Long count = jdbc.queryForObject(prefix(scope) + "select count(*) from (" + base + ") x where " + condition,
				params, Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * Per department the earliest due date still ahead (today or later) of those who have
	 * not finished: the deadline the department works towards.
	 */
	@Transactional(readOnly = true)
	public Map<String, LocalDate> nextDeadlines(Scope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String base = base(scope, params, false);
		Map<String, LocalDate> deadlines = new LinkedHashMap<>();
		jdbc.query(prefix(scope) + "select x.department_code, min(x.due_on) as due from (" + base
				+ ") x where x.due_on >= :today and x.status in ('DUE_SOON', 'NOT_STARTED', 'IN_PROGRESS')"
				+ " group by x.department_code", params, (ResultSet rs) -> {
					deadlines.put(rs.getString("department_code"), rs.getObject("due", LocalDate.class));
				});
		return deadlines;
	}

	@Transactional(readOnly = true)
	public long count(Scope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		Long count = jdbc.queryForObject(prefix(scope) + "select count(*) from ("
				+ base(scope, params, scope.filter().notEmployedListed()) + ") x", params, Long.class);
		return count == null ? 0 : count;
	}

	@Transactional(readOnly = true)
	public List<ReportRow> page(Scope scope, List<ReportSort> sort, int offset, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = prefix(scope) + "select x.* from (" + base(scope, params, scope.filter().notEmployedListed())
				+ ") x" + orderBy(sort) + " limit :limit offset :offset";
		params.addValue("limit", limit).addValue("offset", offset);
		return jdbc.query(sql, params, (rs, n) -> row(rs));
	}

	/**
	 * Streams every row of the scope to the consumer, fetched in batches from the
	 * database, so memory stays flat whatever the size.
	 * @return the number of rows
	 */
	@Transactional(readOnly = true)
	public long stream(Scope scope, List<ReportSort> sort, Consumer<ReportRow> consumer) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = prefix(scope) + "select x.* from (" + base(scope, params, scope.filter().notEmployedListed())
				+ ") x" + orderBy(sort);
		long[] rows = { 0 };
		streaming.query(sql, params, (RowCallbackHandler) rs -> {
			consumer.accept(row(rs));
			rows[0]++;
		});
		return rows[0];
	}

	/**
	 * The facts of the completion trend of everyone of a course (last completion, its
	 * validity, the open assignment), with the names of the departments.
	 */
	@Transactional(readOnly = true)
	public List<TrendRules.Fact> trendFacts(String courseId, Map<String, String> departmentNames) {
		List<TrendRules.Fact> facts = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource("course", courseId);
		streaming.query("""
				select department_code, department_name, is_open, exempt, due_on, completed_on, valid_until,
				 deferred_until, start_date, end_date
				from report_person_course where course_id = :course""", params, (RowCallbackHandler) rs -> {
			departmentNames.putIfAbsent(rs.getString("department_code"), rs.getString("department_name"));
			facts.add(new TrendRules.Fact(rs.getString("department_code"), rs.getBoolean("is_open"),
					rs.getBoolean("exempt"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("completed_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
					rs.getObject("deferred_until", LocalDate.class), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class)));
		});
		return facts;
	}

	/**
	 * The derived status of everyone of a course, for the test against the Java rules.
	 */
	@Transactional(readOnly = true)
	public Map<Long, AssignmentStatus> statuses(String courseId, LocalDate today, int dueSoonDays) {
		Map<Long, AssignmentStatus> statuses = new LinkedHashMap<>();
		MapSqlParameterSource params = new MapSqlParameterSource();
		String base = base(new Scope(ReportFilter.of(courseId), today, dueSoonDays, null, false), params, true);
		jdbc.query("select x.employee_id, x.status from (" + base + ") x", params, (ResultSet rs) -> {
			statuses.put(rs.getLong(1), AssignmentStatus.valueOf(rs.getString(2)));
		});
		return statuses;
	}

	private static String prefix(Scope scope) {
		return scope.manager() == null ? "" : TEAM;
	}

	/**
	 * The rows of the scope with their status.
	 * @param notEmployed whether people not employed today (who left before today or
	 * start after it) are in: only for a list that asks for them; figures count who is
	 * employed today, as a snapshot's scope
	 */
	private static String base(Scope scope, MapSqlParameterSource params, boolean notEmployed) {
		ReportFilter filter = scope.filter();
		params.addValue("today", scope.today())
			.addValue("soon", scope.today().plusDays(scope.dueSoonDays()))
			.addValue("course", filter.courseId());
		StringBuilder where = new StringBuilder(" where r.course_id = :course");
		if (!notEmployed) {
			where.append(" and r.start_date <= :today and (r.end_date is null or r.end_date >= :today)");
		}
		if (filter.departmentCode() != null) {
			where.append(" and r.department_code = :department");
			params.addValue("department", filter.departmentCode());
		}
		if (filter.workerType() != null) {
			where.append(" and r.worker_type = :workerType");
			params.addValue("workerType", filter.workerType().name());
		}
		if (filter.startFrom() != null) {
			where.append(" and r.start_date >= :startFrom");
			params.addValue("startFrom", filter.startFrom());
		}
		if (filter.startTo() != null) {
			where.append(" and r.start_date <= :startTo");
			params.addValue("startTo", filter.startTo());
		}
		if (filter.newHiresOnly()) {
			where.append(" and r.reason = 'NEW_HIRE'");
		}
		if (scope.manager() != null) {
			where.append(" and r.employee_id in (select id from team)");
			params.addValue("manager", scope.manager()).addValue("indirect", scope.indirect());
		}
		String sql = "select r.*, " + STATUS
				+ " as status, case when r.end_date < :today then r.end_date end as left_on,"
				+ " case when r.start_date > :today then r.start_date end as starts_on from report_person_course r"
				+ where;
		if (!filter.statuses().isEmpty()) {
			params.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
			return "select s.* from (" + sql + ") s where s.status in (:statuses)"
					+ (filter.attemptsUsedUp() ? " or " + usedUp("s") : "");
		}
		if (filter.attemptsUsedUp()) {
			return "select s.* from (" + sql + ") s where " + usedUp("s");
		}
		return sql;
	}

	private static String orderBy(List<ReportSort> sort) {
		StringBuilder order = new StringBuilder(" order by ");
		for (ReportSort by : sort) {
			if (by.column().equals(ReportSort.URGENCY)) {
				order.append(URGENCY).append(by.ascending() ? " asc, " : " desc, ");
				order.append("x.due_on").append(by.ascending() ? " asc" : " desc").append(" nulls last, ");
				continue;
			}
			order.append("x.")
				.append(ReportSort.COLUMNS.get(by.column()))
				.append(by.ascending() ? " asc" : " desc")
				.append(" nulls last, ");
		}
		return order.append("x.display_name asc, x.employee_id asc").toString();
	}

	private static Dashboard.Figures figures(Map<AssignmentStatus, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new Dashboard.Figures(total, Map.copyOf(counts));
	}

	private static ReportRow row(ResultSet rs) throws SQLException {
		String reason = rs.getString("reason");
		String status = rs.getString("status");
		boolean usedUp = rs.getBoolean("attempts_used_up") && rs.getBoolean("is_open")
				&& !List.of("COMPLETED", "EXEMPT", "DEFERRED").contains(status);
		return new ReportRow(rs.getLong("employee_id"), rs.getString("course_id"), rs.getString("employee_number"),
				rs.getString("display_name"), rs.getString("department_code"), rs.getString("department_name"),
				WorkerType.valueOf(rs.getString("worker_type")), rs.getObject("start_date", LocalDate.class),
				reason == null ? null : AssignmentReason.valueOf(reason), AssignmentStatus.valueOf(status),
				rs.getObject("due_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class), usedUp,
				rs.getObject("left_on", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
				rs.getBoolean("has_email"), rs.getObject("deferred_until", LocalDate.class));
	}

}
