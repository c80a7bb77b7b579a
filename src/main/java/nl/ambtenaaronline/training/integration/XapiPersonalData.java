package nl.ambtenaaronline.training.integration;

import java.time.Instant;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;

/**
 * The xAPI statements in the privacy feature: a person's statements (with their content)
 * in "Mijn gegevens", and the retention rule: kept as long as the certificates' period,
 * counted from when the statement was made, then deleted.
 */
@Component
class XapiPersonalData implements PersonalDataSource, RetentionRule {

	private final XapiOutbox outbox;

	XapiPersonalData(XapiOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Set<String> tables() {
		return Set.of("xapi_statement");
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(PersonalDataSection.ofColumns("xapi", outbox.rowsOf(employeeId)));
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.CERTIFICATES;
	}

	@Override
	public String name() {
		return "xapi-statements";
	}

	@Override
	@Transactional
	public Erasure apply(Period period, Instant now) {
		Instant before = RetentionRule.cutoff(period, now);
		Set<Long> employees = new HashSet<>(outbox.employeesBefore(before));
		int deleted = outbox.deleteBefore(before);
		return deleted == 0 ? Erasure.none() : new Erasure(deleted, employees);
	}

}
