package nl.ambtenaaronline.training.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's rows in compliance snapshots: in their own copy of their data, and erased
 * with the audit period counted from the snapshot's date. The snapshot keeps its totals
 * per department and its digest; its rows per person are deleted (nothing points to
 * them), so it can no longer be checked row by row — by then the history it was computed
 * from has passed its periods too.
 */
@Component
class SnapshotPersonalData implements PersonalDataSource, RetentionRule {

	private final JdbcTemplate jdbc;

	SnapshotPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("compliance_snapshot_person");
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(PersonalDataSection.ofColumns("snapshot-entries", jdbc.queryForList("""
				select s.id as snapshot_id, s.course_id, s.as_of, p.employee_number, p.department_code, p.scope,
				  p.status, p.due_on, p.last_completed_on, p.valid_until
				from compliance_snapshot_person p join compliance_snapshot s on s.id = p.snapshot_id
				where p.employee_id = ? order by s.id""", employeeId)));
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.AUDIT;
	}

	@Override
	public String name() {
		return "snapshot-persons";
	}

	@Override
	public Erasure apply(Period period, Instant now) {
		LocalDate before = LocalDate.ofInstant(RetentionRule.cutoff(period, now), TimeConfiguration.ZONE);
		String old = "select id from compliance_snapshot where as_of < ?";
		Set<Long> people = new HashSet<>(jdbc.queryForList(
				"select distinct employee_id from compliance_snapshot_person where snapshot_id in (" + old + ")",
				Long.class, before));
		int rows = jdbc.update("delete from compliance_snapshot_person where snapshot_id in (" + old + ")", before);
		return new Erasure(rows, people);
	}

}
