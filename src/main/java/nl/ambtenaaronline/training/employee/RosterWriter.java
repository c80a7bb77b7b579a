package nl.ambtenaaronline.training.employee;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes an import plan with JDBC batches, inside the caller's transaction: departments,
 * then new and changed people, then their managers and sponsors (which may be new people
 * themselves), then the leavers' end dates.
 */
final class RosterWriter {

	private static final int BATCH = 500;

	private static final int[] INSERT_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.BIGINT, Types.DATE, Types.DATE, Types.VARCHAR };

	private static final int[] UPDATE_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.BIGINT, Types.DATE, Types.DATE, Types.BIGINT };

	private final JdbcTemplate jdbc;

	private final IntConsumer afterRow;

	private int written;

	/**
	 * @param afterRow called with the number of people written so far, after each one is
	 * queued (a test hook; a no-op in production)
	 */
	RosterWriter(JdbcTemplate jdbc, IntConsumer afterRow) {
		this.jdbc = jdbc;
		this.afterRow = afterRow;
	}

	/** Writes the plan and returns the ids of every person added, changed or leaving. */
	Set<Long> write(RosterPlan plan, LocalDate today) {
		List<Object[]> batch = new ArrayList<>();
		plan.newDepartments().forEach((code, name) -> batch.add(new Object[] { code, name }));
		flush("insert into department (code, name) values (?, ?)", batch, new int[] { Types.VARCHAR, Types.VARCHAR });
		plan.renamedDepartments().forEach((id, name) -> batch.add(new Object[] { name, id }));
		flush("update department set name = ? where id = ?", batch, new int[] { Types.VARCHAR, Types.BIGINT });
		Map<String, Long> departmentIds = new HashMap<>();
		jdbc.query("select id, code from department", rs -> {
			departmentIds.put(rs.getString("code"), rs.getLong("id"));
		});

		String insert = """
				insert into employee (first_name, tussenvoegsel, last_name, email, worker_type, department_id,
				                      start_date, end_date, employee_number, manager_id, sponsor_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, null)""";
		for (RosterRow row : plan.newRows()) {
			batch.add(values(row, departmentIds, row.employeeNumber()));
			queued(insert, batch, INSERT_TYPES);
		}
		flush(insert, batch, INSERT_TYPES);
		String update = """
				update employee set first_name = ?, tussenvoegsel = ?, last_name = ?, email = ?, worker_type = ?,
				                    department_id = ?, start_date = ?, end_date = ?
				where id = ?""";
		for (Map.Entry<Long, RosterRow> entry : plan.changedRows().entrySet()) {
			batch.add(values(entry.getValue(), departmentIds, entry.getKey()));
			queued(update, batch, UPDATE_TYPES);
		}
		flush(update, batch, UPDATE_TYPES);

		Map<String, Long> ids = new HashMap<>();
		jdbc.query("select id, employee_number from employee", rs -> {
			ids.put(rs.getString("employee_number"), rs.getLong("id"));
		});
		Set<Long> touched = new LinkedHashSet<>();
		String relations = "update employee set manager_id = ?, sponsor_id = ? where id = ?";
		int[] relationTypes = { Types.BIGINT, Types.BIGINT, Types.BIGINT };
		for (RosterRow row : plan.newRows()) {
			long id = ids.get(row.employeeNumber());
			touched.add(id);
			batch.add(new Object[] { idOf(ids, row.managerNumber()), idOf(ids, row.sponsorNumber()), id });
			if (batch.size() >= BATCH) {
				flush(relations, batch, relationTypes);
			}
		}
		for (Map.Entry<Long, RosterRow> entry : plan.changedRows().entrySet()) {
			touched.add(entry.getKey());
			batch.add(new Object[] { idOf(ids, entry.getValue().managerNumber()),
					idOf(ids, entry.getValue().sponsorNumber()), entry.getKey() });
			if (batch.size() >= BATCH) {
				flush(relations, batch, relationTypes);
			}
		}
		flush(relations, batch, relationTypes);
		for (long id : plan.leaverIds()) {
			touched.add(id);
			batch.add(new Object[] { today, id });
			if (batch.size() >= BATCH) {
				flush("update employee set end_date = ? where id = ?", batch, new int[] { Types.DATE, Types.BIGINT });
			}
		}
		flush("update employee set end_date = ? where id = ?", batch, new int[] { Types.DATE, Types.BIGINT });
		return touched;
	}

	private void queued(String sql, List<Object[]> batch, int[] types) {
		written++;
		afterRow.accept(written);
		if (batch.size() >= BATCH) {
			flush(sql, batch, types);
		}
	}

	private static Object[] values(RosterRow row, Map<String, Long> departmentIds, Object key) {
		WorkerType type = row.workerType() == null ? WorkerType.EMPLOYEE : row.workerType();
		return new Object[] { row.firstName(), row.tussenvoegsel(), row.lastName(), row.email(), type.name(),
				departmentIds.get(row.departmentCode()), row.startDate(), row.endDate(), key };
	}

	private static @Nullable Long idOf(Map<String, Long> ids, @Nullable String number) {
		return number == null ? null : ids.get(number);
	}

	private void flush(String sql, List<Object[]> batch, int[] types) {
		if (!batch.isEmpty()) {
			jdbc.batchUpdate(sql, batch, types);
			batch.clear();
		}
	}

}
