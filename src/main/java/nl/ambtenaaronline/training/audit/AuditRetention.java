package nl.ambtenaaronline.training.audit;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the personal fields (actor, subject, origin, details) of audit events older than
 * the audit period. The event itself stays — id, time, action, result and hashes — and
 * its hash covers the digest it keeps, so the chain still verifies from the first event.
 * Events written before digests existed are kept whole.
 */
@Component
class AuditRetention implements RetentionRule {

	private static final Pattern EMPLOYEE = Pattern.compile("(?:^|\\s)employee:(\\d+)(?=$|\\s)");

	private final JdbcTemplate jdbc;

	AuditRetention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.AUDIT;
	}

	@Override
	public String name() {
		return "audit-event-personal-fields";
	}

	@Override
	@Transactional
	public Erasure apply(Period period, Instant now) {
		Instant cutoff = RetentionRule.cutoff(period, now);
		String where = " where personal_digest is not null and erased_at is null and occurred_at < ?";
		List<String> subjects = jdbc.queryForList("select subject from audit_event" + where, String.class,
				cutoff.atOffset(ZoneOffset.UTC));
		if (subjects.isEmpty()) {
			return Erasure.none();
		}
		int erased = jdbc.update(
				"update audit_event set actor = '', subject = '', origin = '', details = '', erased_at = ?" + where,
				now.atOffset(ZoneOffset.UTC), cutoff.atOffset(ZoneOffset.UTC));
		return new Erasure(erased, employeesIn(subjects));
	}

	static Set<Long> employeesIn(List<String> subjects) {
		Set<Long> ids = new HashSet<>();
		for (String subject : subjects) {
			Matcher matcher = EMPLOYEE.matcher(subject);
			while (matcher.find()) {
				ids.add(Long.valueOf(matcher.group(1)));
			}
		}
		return ids;
	}

}
