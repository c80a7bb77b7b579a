package nl.ambtenaaronline.training.reminder.ui;

import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.reminder.ReminderSummary;
import nl.ambtenaaronline.training.shared.Roles;

/**
 * The administrator's "sent mail": every reminder of the outbox with its text and HTML as
 * written. Without an SMTP server (the demo) this is where the mails go.
 */
@Route("admin/sent-mail")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.sent-mail", order = 88)
class SentMailView extends Main implements HasDynamicTitle {

	final Grid<ReminderSummary> grid = new Grid<>();

	final Div preview = new Div();

	private final ReminderService reminders;

	SentMailView(ReminderService reminders) {
		this.reminders = reminders;
		addClassName("ao-page");
		Locale locale = getLocale();
		add(new H1(getTranslation("reminder.sent-mail.title")));
		add(new Paragraph(getTranslation(
				reminders.smtpConfigured() ? "reminder.sent-mail.intro-smtp" : "reminder.sent-mail.intro")));
		grid.setId("sent-mail-grid");
		grid.setAriaLabel(getTranslation("reminder.sent-mail.title"));
		grid.addColumn(reminder -> ReminderTexts.when(reminder.createdAt(), locale))
			.setHeader(getTranslation("reminder.column.created"));
		grid.addColumn(reminder -> reminder.recipientAddress() == null ? getTranslation("reminder.sent-mail.no-address")
				: reminder.recipientAddress())
			.setHeader(getTranslation("reminder.column.to"));
		grid.addColumn(reminder -> reminder.subject() == null ? "" : reminder.subject())
			.setHeader(getTranslation("reminder.column.subject"))
			.setFlexGrow(3);
		grid.addComponentColumn(reminder -> ReminderTexts.status(this, reminder))
			.setHeader(getTranslation("reminder.column.status"));
		grid.setItems(query -> reminders.list(null, query.getOffset(), query.getLimit()).stream(),
				query -> (int) Math.min(Integer.MAX_VALUE, reminders.count(null)));
		grid.addSelectionListener(selection -> show(selection.getFirstSelectedItem().orElse(null)));
		preview.setId("sent-mail-preview");
		add(grid, preview);
	}

	void show(ReminderSummary reminder) {
		preview.removeAll();
		if (reminder == null) {
			return;
		}
		preview
			.add(new H2(reminder.subject() == null ? getTranslation("reminder.sent-mail.erased") : reminder.subject()));
		preview.add(new Paragraph(getTranslation("reminder.sent-mail.to", reminder.recipientAddress() == null
				? getTranslation("reminder.sent-mail.no-address") : reminder.recipientAddress())));
		Pre text = new Pre(reminder.bodyText() == null ? "" : reminder.bodyText());
		text.setId("sent-mail-text");
		text.addClassName("ao-mail-text");
		preview.add(text);
		reminders.html(reminder.id()).ifPresent(html -> {
			IFrame frame = new IFrame();
			frame.setId("sent-mail-html");
			frame.setSrcdoc(html);
			frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
			frame.setTitle(getTranslation("reminder.sent-mail.html"));
			frame.addClassName("ao-mail-html");
			preview.add(frame);
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reminder.sent-mail.title") + " – " + getTranslation("app.name");
	}

}
