package nl.ambtenaaronline.training.reminder;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ambtenaaronline.training.shared.PersonalDataSection;
import nl.ambtenaaronline.training.shared.PersonalDataSource;
import nl.ambtenaaronline.training.shared.RetentionKind;
import nl.ambtenaaronline.training.shared.RetentionRule;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders in the privacy feature: what was sent to or about a person (export), and
 * the retention rule that erases address, subject and bodies of old reminders while
 * keeping the facts that make the idempotency work (key, kind, whom, status, times).
 */
@Component
class ReminderPersonalData implements PersonalDataSource, RetentionRule {

	@Override
	public Set<String> tables() {
		return Set.of("reminder_outbox");
	}

	private final ReminderOutbox outbox;

	ReminderPersonalData(ReminderOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataSection> exportFor(long employeeId) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (ReminderSummary reminder : outbox.concerning(employeeId)) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("created", reminder.createdAt().toString());
			row.put("kind", reminder.kind().name());
			row.put("course", reminder.courseId() == null ? "" : reminder.courseId());
			row.put("about", reminder.employeeId() == employeeId ? "self" : "team member");
			row.put("viaManager", Boolean.toString(reminder.viaManager()));
			row.put("status", reminder.status().name());
			row.put("sent", reminder.sentAt() == null ? "" : reminder.sentAt().toString());
			row.put("address", reminder.recipientAddress() == null ? "" : reminder.recipientAddress());
			row.put("subject", reminder.subject() == null ? "" : reminder.subject());
			rows.add(row);
		}
		return List.of(new PersonalDataSection("reminders", rows));
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.REMINDERS;
	}

	@Override
	public String name() {
		return "reminder-contents";
	}

	@Override
	@Transactional
	public Erasure apply(Period period, Instant now) {
		Instant before = now.atZone(TimeConfiguration.ZONE).minus(period).toInstant();
		Set<Long> touched = new HashSet<>();
		int records = 0;
		for (long[] row : outbox.erasable(before)) {
			outbox.erase(row[0], now);
			touched.add(row[1]);
			touched.add(row[2]);
			records++;
		}
		return records == 0 ? Erasure.none() : new Erasure(records, touched);
	}

}
