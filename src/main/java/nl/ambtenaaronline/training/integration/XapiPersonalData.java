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
 * and the registrations of their runs and attempts in "Mijn gegevens", and the retention
 * rule (for both): kept as long as the certificates' period, counted from when the
 * statement was made, then deleted.
 */
@Component
class XapiPersonalData implements PersonalDataSource, RetentionRule {

	private final XapiOutbox outbox;

	private final XapiRegistrations registrations;

	XapiPersonalData(XapiOutbox outbox, XapiRegistrations registrations) {
		this.outbox = outbox;
		this.registrations = registrations;
	}

	@Override
	public Set<String> tables() {
		return Set.of("xapi_statement", "xapi_registration");
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(PersonalDataSection.ofColumns("xapi", outbox.rowsOf(employeeId)),
				PersonalDataSection.ofColumns("xapi-registrations", registrations.rowsOf(employeeId)));
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
		employees.addAll(registrations.employeesBefore(before));
		int deleted = outbox.deleteBefore(before) + registrations.deleteBefore(before);
		return deleted == 0 ? Erasure.none() : new Erasure(deleted, employees);
	}

}
