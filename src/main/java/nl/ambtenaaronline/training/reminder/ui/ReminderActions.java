package nl.ambtenaaronline.training.reminder.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import nl.ambtenaaronline.training.reminder.ManualReminderService;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.shared.PersonActions;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SignedIn;

import org.springframework.core.annotation.Order;

/**
 * "Herinneren" where a person is shown: HR reminds anyone, a manager their own team
 * member; through the outbox and its throttle, audited by the service.
 */
@org.springframework.stereotype.Component
@Order(50)
class ReminderActions implements PersonActions {

	private final ManualReminderService reminders;

	private final ReminderService mail;

	ReminderActions(ManualReminderService reminders, ReminderService mail) {
		this.reminders = reminders;
		this.mail = mail;
	}

	/**
	 * Whether the signed-in user reminds people: HR and administrators anyone, a manager
	 * their team.
	 */
	private static boolean mayRemind() {
		return SignedIn.hasAnyRole(Role.HR, Role.ADMIN, Role.MANAGER);
	}

	/**
	 * While no mail server is configured, a reminder is not mailed: said above the
	 * buttons.
	 */
	@Override
	public List<Component> notices() {
		if (!mayRemind() || mail.smtpConfigured()) {
			return List.of();
		}
		Paragraph notice = new Paragraph();
		notice.setText(notice.getTranslation("reminder.no-mail-at-buttons"));
		notice.setId("reminder-no-mail");
		notice.addClassName("ao-alert");
		return List.of(notice);
	}

	/**
	 * The button's words: without a mail server a reminder is only a note on the person's
	 * Mijn training, and the button says so instead of promising a mail.
	 */
	private String label(String key) {
		return mail.smtpConfigured() ? key : key + "-no-mail";
	}

	@Override
	public List<Component> of(long employeeId, String courseId, Consumer<String> done) {
		if (!mayRemind()) {
			return List.of();
		}
		Function<Collection<Long>, ManualReminderService.Outcome> remind = remindAs(courseId);
		Button button = new Button();
		button.setText(button.getTranslation(label("reminder.manual.one")));
		button.setId("remind-" + employeeId);
		button.addThemeVariants(ButtonVariant.SMALL);
		button.addClickListener(click -> done.accept(describe(button, remind.apply(List.of(employeeId)))));
		return List.of(button);
	}

	@Override
	public List<Component> forSelected(Supplier<Collection<Long>> selected, String courseId, Consumer<String> done) {
		if (!mayRemind()) {
			return List.of();
		}
		Button button = new Button();
		button.setText(button.getTranslation(label("reminder.manual.selected")));
		return List.of(remindsEveryone(button, "remind-selected", selected, courseId, done));
	}

	@Override
	public List<Component> forEveryoneWhoMustAct(Supplier<Collection<Long>> people, long count, String courseId,
			Consumer<String> done) {
		if (!mayRemind() || count == 0) {
			return List.of();
		}
		Button button = new Button();
		button.setText(button.getTranslation(label("reminder.manual.everyone"), count));
		return List.of(remindsEveryone(button, "remind-everyone", people, courseId, done));
	}

	/**
	 * The button reminds everyone {@code people} holds when it is used, and says how it
	 * went.
	 */
	private Button remindsEveryone(Button button, String id, Supplier<Collection<Long>> people, String courseId,
			Consumer<String> done) {
		Function<Collection<Long>, ManualReminderService.Outcome> remind = remindAs(courseId);
		button.setId(id);
		button.addClickListener(click -> {
			Collection<Long> ids = people.get();
			done.accept(ids.isEmpty() ? button.getTranslation("reminder.manual.none-selected")
					: describe(button, remind.apply(ids)));
		});
		return button;
	}

	/**
	 * How the signed-in user reminds: HR and administrators anyone, a manager only their
	 * own team (the service checks both again).
	 */
	private Function<Collection<Long>, ManualReminderService.Outcome> remindAs(String courseId) {
		return SignedIn.hasAnyRole(Role.HR, Role.ADMIN) ? ids -> reminders.remind(ids, courseId)
				: ids -> reminders.remindTeam(ids, courseId);
	}

	/**
	 * The outcome as a sentence or two, for the status line of the screen; without a mail
	 * server it says that the reminders were not mailed.
	 */
	private String describe(Component view, ManualReminderService.Outcome outcome) {
		List<String> parts = new ArrayList<>();
		parts.add(view.getTranslation(
				mail.smtpConfigured() ? "reminder.manual.written" : "reminder.manual.written-no-mail",
				outcome.written()));
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
