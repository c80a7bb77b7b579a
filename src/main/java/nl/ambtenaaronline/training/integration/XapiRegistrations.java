package nl.ambtenaaronline.training.integration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.ambtenaaronline.training.shared.Savepoints;

/**
 * The xAPI registration of a run through a course or of an assessment attempt: a random
 * UUID made the first time a statement needs it and stored, so the same run or attempt
 * always has the same registration (also when two statements need it at once: the second
 * insert is a duplicate and the stored one is read).
 */
@Component
class XapiRegistrations {

	enum Scope {

		RUN, ATTEMPT

	}

	private final JdbcTemplate jdbc;

	private final Savepoints savepoints;

	XapiRegistrations(JdbcTemplate jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	/**
	 * The registration of a run or attempt, made and stored the first time. An event
	 * published before the events carried the run (id 0) gets one per person and scope,
	 * derived and not stored, so no two people ever share a registration.
	 */
	UUID of(Scope scope, long refId, long employeeId, Instant now) {
		if (refId <= 0) {
			return UUID.nameUUIDFromBytes(("ambtenaar-online:xapi:registration:unknown-" + scope + ":" + employeeId)
				.getBytes(StandardCharsets.UTF_8));
		}
		List<String> stored = find(scope, refId);
		if (stored.isEmpty()) {
			UUID made = UUID.randomUUID();
			savepoints.insertUnlessDuplicate(() -> jdbc.update("""
					insert into xapi_registration (scope, ref_id, registration, employee_id, created_at)
					values (?, ?, ?, ?, ?)""", scope.name(), refId, made.toString(), employeeId,
					now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)));
			stored = find(scope, refId);
		}
		return UUID.fromString(stored.getFirst());
	}

	private List<String> find(Scope scope, long refId) {
		return jdbc.queryForList("select registration from xapi_registration where scope = ? and ref_id = ?",
				String.class, scope.name(), refId);
	}

	List<Map<String, Object>> rowsOf(long employeeId) {
		return jdbc.queryForList("""
				select scope, ref_id, registration, created_at from xapi_registration
				where employee_id = ? order by created_at, scope, ref_id""", employeeId);
	}

	List<Long> employeesBefore(Instant before) {
		return jdbc.queryForList("select distinct employee_id from xapi_registration where created_at < ?", Long.class,
				before.atOffset(ZoneOffset.UTC));
	}

	int deleteBefore(Instant before) {
		return jdbc.update("delete from xapi_registration where created_at < ?", before.atOffset(ZoneOffset.UTC));
	}

}
