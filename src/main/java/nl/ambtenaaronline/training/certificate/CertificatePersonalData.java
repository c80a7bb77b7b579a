package nl.ambtenaaronline.training.certificate;

import java.util.List;
import java.util.Set;

import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee's certificates with their revocations, for their own copy of their data.
 * The revocation reason is included: it is about them.
 */
@Component
class CertificatePersonalData implements PersonalDataSource {

	@Override
	public Set<String> tables() {
		return Set.of("certificate");
	}

	private final JdbcTemplate jdbc;

	CertificatePersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(PersonalDataSection.ofColumns("certificates", jdbc.queryForList("""
				select c.number, c.verification_code, c.course_id, c.course_version, c.holder_first_name,
				  c.holder_tussenvoegsel, c.holder_last_name, c.completed_on, c.valid_until, c.passed_at, c.issued_at,
				  c.holder_erased_at, r.revoked_at, r.reason as revocation_reason
				from certificate c left join certificate_revocation r on r.certificate_id = c.id
				where c.employee_id = ? order by c.id""", employeeId)));
	}

}
