package nl.ambtenaaronline.training.reminder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.security.AccountService;

import org.springframework.stereotype.Component;

/**
 * Writes reminders about a course to the outbox, for the daily planning and for reminders
 * sent by hand alike. Runs inside the caller's transaction and checks no access itself.
 */
@Component
class ReminderWriter {

	static final Locale DUTCH = Locale.of("nl");

	private final ReminderOutbox outbox;

	private final ReminderMails mails;

	private final ReminderRuntime runtime;

	private final EmployeeService employees;

	private final AccountService accounts;

	ReminderWriter(ReminderOutbox outbox, ReminderMails mails, ReminderRuntime runtime, EmployeeService employees,
			AccountService accounts) {
		this.outbox = outbox;
		this.mails = mails;
		this.runtime = runtime;
		this.employees = employees;
		this.accounts = accounts;
	}

	/** The people of a page with their managers and the languages of both. */
	record People(Map<Long, EmployeeSummary> byId, Map<Long, Locale> languages) {
	}

	People people(Collection<Long> ids) {
		Map<Long, EmployeeSummary> byId = new HashMap<>();
		employees.findAllById(new HashSet<>(ids)).forEach(person -> byId.put(person.id(), person));
		Set<Long> managers = new HashSet<>();
		byId.values()
			.stream()
			.map(EmployeeSummary::managerId)
			.filter(java.util.Objects::nonNull)
			.forEach(managers::add);
		managers.removeAll(byId.keySet());
		if (!managers.isEmpty()) {
			employees.findAllById(managers).forEach(person -> byId.put(person.id(), person));
		}
		return new People(byId, accounts.languagesOf(byId.keySet()));
	}

	/**
	 * Writes one reminder about a course unless its key is taken: to the learner, or —
	 * without an address — to the manager, marked as such; with no address at all it is
	 * written as failed, so HR sees it.
	 */
	int write(String key, ReminderKind kind, EmployeeSummary person, Course course, LocalDate date, LocalDate today,
			ReminderRules rules, People people) {
		if (outbox.exists(key)) {
			return 0;
		}
		EmployeeSummary recipient = person;
		boolean viaManager = false;
		if (person.email() == null && person.managerId() != null) {
			EmployeeSummary manager = people.byId().get(person.managerId());
			if (manager != null && manager.email() != null && !manager.hasLeft(today)) {
				recipient = manager;
				viaManager = true;
			}
		}
		Locale locale = people.languages().getOrDefault(recipient.id(), DUTCH);
		ReminderMails.Mail mail = mails.learner(kind, locale, person.displayName(),
				viaManager ? recipient.displayName() : null, course, date, today, rules);
		String address = recipient.email();
		boolean inserted = outbox.insert(new ReminderOutbox.NewReminder(key, kind, person.id(), recipient.id(),
				viaManager, course.id(), address, locale.getLanguage(), mail.subject(), mail.text(), mail.html(),
				address == null ? ReminderStatus.FAILED : ReminderStatus.PENDING,
				address == null ? "no-address" : null), runtime.clock().instant());
		return inserted ? 1 : 0;
	}

}
