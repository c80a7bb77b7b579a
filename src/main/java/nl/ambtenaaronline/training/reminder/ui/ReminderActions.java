package nl.ambtenaaronline.training.reminder.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import nl.ambtenaaronline.training.reminder.ManualReminderService;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.CurrentUser;
import nl.ambtenaaronline.training.shared.PersonActions;
import nl.ambtenaaronline.training.shared.Role;

import org.springframework.core.annotation.Order;

/**
 * "Herinneren" where a person is shown: HR reminds anyone, a manager their own team
 * member; through the outbox and its throttle, audited by the service.
 */
@org.springframework.stereotype.Component
@Order(50)
class ReminderActions implements PersonActions {

	private final ManualReminderService reminders;

	private final AccountService accounts;

	private final ReminderService mail;

	ReminderActions(ManualReminderService reminders, AccountService accounts, ReminderService mail) {
		this.reminders = reminders;
		this.accounts = accounts;
		this.mail = mail;
	}

	/**
	 * While no mail server is configured, a reminder is not mailed: said above the
	 * buttons.
	 */
	@Override
	public List<Component> notices() {
		CurrentUser user = accounts.current().orElse(null);
		if (user == null || !(user.has(Role.HR) || user.has(Role.ADMIN) || user.has(Role.MANAGER))
				|| mail.smtpConfigured()) {
			return List.of();
		}
		Paragraph notice = new Paragraph();
		notice.setText(notice.getTranslation("reminder.no-mail-at-buttons"));
		notice.setId("reminder-no-mail");
		notice.addClassName("ao-alert");
		return List.of(notice);
	}

	@Override
	public List<Component> of(long employeeId, String courseId, Consumer<String> done) {
		CurrentUser user = accounts.current().orElse(null);
		if (user == null || !(user.has(Role.HR) || user.has(Role.ADMIN) || user.has(Role.MANAGER))) {
			return List.of();
		}
		Button remind = new Button();
		remind.setText(remind.getTranslation("reminder.manual.one"));
		remind.setId("remind-" + employeeId);
		remind.addThemeVariants(ButtonVariant.SMALL);
		remind.addClickListener(click -> {
			ManualReminderService.Outcome outcome = user.has(Role.HR) || user.has(Role.ADMIN)
					? reminders.remind(List.of(employeeId), courseId)
					: reminders.remindTeam(List.of(employeeId), courseId);
			done.accept(describe(remind, outcome));
		});
		return List.of(remind);
	}

	@Override
	public List<Component> forSelected(Supplier<Collection<Long>> selected, String courseId, Consumer<String> done) {
		CurrentUser user = accounts.current().orElse(null);
		if (user == null || !(user.has(Role.HR) || user.has(Role.ADMIN) || user.has(Role.MANAGER))) {
			return List.of();
		}
		Button remind = new Button();
		remind.setText(remind.getTranslation("reminder.manual.selected"));
		remind.setId("remind-selected");
		remind.addClickListener(click -> {
			Collection<Long> ids = selected.get();
			if (ids.isEmpty()) {
				done.accept(remind.getTranslation("reminder.manual.none-selected"));
				return;
			}
			ManualReminderService.Outcome outcome = user.has(Role.HR) || user.has(Role.ADMIN)
					? reminders.remind(ids, courseId) : reminders.remindTeam(ids, courseId);
			done.accept(describe(remind, outcome));
		});
		return List.of(remind);
	}

	/** The outcome as a sentence or two, for the status line of the screen. */
	static String describe(Component view, ManualReminderService.Outcome outcome) {
		List<String> parts = new ArrayList<>();
		parts.add(view.getTranslation("reminder.manual.written", outcome.written()));
		if (outcome.alreadyToday() > 0) {
			parts.add(view.getTranslation("reminder.manual.already", outcome.alreadyToday()));
		}
		if (outcome.nothingToDo() > 0) {
			parts.add(view.getTranslation("reminder.manual.nothing", outcome.nothingToDo()));
		}
		if (outcome.noAddress() > 0) {
			parts.add(view.getTranslation("reminder.manual.no-address", outcome.noAddress()));
		}
		return String.join(" ", parts);
	}

}
