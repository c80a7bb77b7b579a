package nl.ambtenaaronline.training.reporting;

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
 * The reports' row per person and course ({@code report_person_course}, what HR and the
 * manager see): in the person's own copy of their data, and for leavers the name and
 * manager erased with the roster row (the certificates' period, counted from the end
 * date).
 */
@Component
class ReportingPersonalData implements PersonalDataSource, RetentionRule {

	private final JdbcTemplate jdbc;

	ReportingPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("report_person_course");
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(PersonalDataSection.ofColumns("report-rows", jdbc.queryForList("""
				select course_id, employee_number, display_name, department_code, worker_type, start_date, end_date,
				  reason, is_open, due_on, deferred_until, exempt, completed_on, valid_until, in_progress, refreshed_at
				from report_person_course where employee_id = ? order by course_id""", employeeId)));
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.CERTIFICATES;
	}

	@Override
	public String name() {
		return "report-rows-after-leaving";
	}

	@Override
	public Erasure apply(Period period, Instant now) {
		LocalDate before = LocalDate.ofInstant(RetentionRule.cutoff(period, now), TimeConfiguration.ZONE);
		String where = " from report_person_course where end_date < ? and (display_name <> '' or manager_id is not null)";
		Set<Long> people = new HashSet<>(jdbc.queryForList("select distinct employee_id" + where, Long.class, before));
		int rows = jdbc.update("update report_person_course set display_name = '', manager_id = null where end_date < ?"
				+ " and (display_name <> '' or manager_id is not null)", before);
		return new Erasure(rows, people);
	}

}
