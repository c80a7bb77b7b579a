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
 * The completion feed in the privacy feature: a person's feed events in "Mijn gegevens",
 * and the retention rule: the feed repeats completions and certificates, so it is kept as
 * long as they are (the certificates' period), counted from when the event happened, and
 * then deleted (the cursor numbers are never reused).
 */
@Component
class HrFeedPersonalData implements PersonalDataSource, RetentionRule {

	private final HrFeedStore store;

	@Override
	public Set<String> tables() {
		return Set.of("hr_feed_event");
	}

	HrFeedPersonalData(HrFeedStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		return List.of(PersonalDataSection.ofColumns("hr-feed", store.rowsOf(employeeId)));
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.CERTIFICATES;
	}

	@Override
	public String name() {
		return "hr-feed-events";
	}

	@Override
	@Transactional
	public Erasure apply(Period period, Instant now) {
		Instant before = RetentionRule.cutoff(period, now);
		Set<Long> employees = new HashSet<>(store.employeesBefore(before));
		int deleted = store.deleteBefore(before);
		// the skipped events name no person, but go with the events they stand for
		store.deleteSkippedBefore(before);
		return deleted == 0 ? Erasure.none() : new Erasure(deleted, employees);
	}

}
