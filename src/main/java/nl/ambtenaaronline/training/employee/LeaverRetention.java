package nl.ambtenaaronline.training.employee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The roster rows of leavers, counted from the end date with the period of certificates
 * (the longest anything about a leaver is kept): once it has passed, the name, e-mail,
 * manager and sponsor are erased. The row stays with its employee number, department and
 * dates, because accounts, assignments, completions and certificates point to it; nothing
 * links it to a name any more. Running twice erases nothing more.
 */
@Component
class LeaverRetention implements RetentionRule {

	private final JdbcTemplate jdbc;

	LeaverRetention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.CERTIFICATES;
	}

	@Override
	public String name() {
		return "roster-after-leaving";
	}

	@Override
	public Set<String> tables() {
		return Set.of("employee");
	}

	@Override
	public Erasure apply(Period period, Instant now) {
		LocalDate before = LocalDate.ofInstant(RetentionRule.cutoff(period, now), TimeConfiguration.ZONE);
		List<Long> leavers = jdbc.queryForList(
				"select id from employee where end_date < ? and personal_data_erased_at is null order by id",
				Long.class, before);
		OffsetDateTime at = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
		Set<Long> erased = new HashSet<>();
		for (long id : leavers) {
			erased.add(id);
			jdbc.update("""
					update employee set first_name = '', tussenvoegsel = null, last_name = '', email = null,
					  manager_id = null, sponsor_id = null, personal_data_erased_at = ?
					where id = ? and personal_data_erased_at is null""", at, id);
		}
		return new Erasure(erased.size(), erased);
	}

}
