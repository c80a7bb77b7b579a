package nl.ambtenaaronline.training.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of certificates, counted from the holder's leaving date: once the period
 * after it has passed, the holder's name printed on their certificates and the reasons of
 * revocations are erased. Number, verification code, course and dates stay, so the
 * register and history keep their rows and the public verify page still answers "exists,
 * not valid" without a name.
 */
@Component
class CertificateRetention implements RetentionRule {

	@Override
	public Set<String> tables() {
		return Set.of("certificate");
	}

	private final JdbcTemplate jdbc;

	private final EmployeeService employees;

	CertificateRetention(JdbcTemplate jdbc, EmployeeService employees) {
		this.jdbc = jdbc;
		this.employees = employees;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.CERTIFICATES;
	}

	@Override
	public String name() {
		return "certificate-holder-after-leaving";
	}

	@Override
	@Transactional
	public Erasure apply(Period period, Instant now) {
		LocalDate cutoff = LocalDate.ofInstant(now, TimeConfiguration.ZONE).minus(period);
		List<Long> holders = jdbc
			.queryForList("select distinct employee_id from certificate where holder_erased_at is null", Long.class);
		Set<Long> left = new HashSet<>();
		for (int from = 0; from < holders.size(); from += 1000) {
			for (EmployeeSummary holder : employees
				.findAllById(holders.subList(from, Math.min(holders.size(), from + 1000)))) {
				if (holder.endDate() != null && holder.endDate().isBefore(cutoff)) {
					left.add(holder.id());
				}
			}
		}
		int records = 0;
		for (long holder : left) {
			jdbc.update("""
					update certificate_revocation set reason = '' where certificate_id in (
					  select id from certificate where employee_id = ? and holder_erased_at is null)""", holder);
			records += jdbc.update("""
					update certificate set holder_first_name = '', holder_tussenvoegsel = null, holder_last_name = '',
					  holder_erased_at = ? where employee_id = ? and holder_erased_at is null""",
					now.atOffset(ZoneOffset.UTC), holder);
		}
		return new Erasure(records, left);
	}

}
