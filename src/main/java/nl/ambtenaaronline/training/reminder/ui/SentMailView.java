package nl.ambtenaaronline.training.reminder.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.reminder.ReminderSummary;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.ui.WideGrid;

/**
 * The administrator's "sent mail": every reminder of the outbox with its text and HTML as
 * written. Without an SMTP server (the demo) this is where the mails go.
 */
@Route("admin/sent-mail")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.sent-mail", order = 88)
class SentMailView extends Main implements HasDynamicTitle {

	private final Grid<ReminderSummary> grid = new Grid<>();

	/** How many rows the list holds. */
	private final ListTotal total = new ListTotal();

	private final Div preview = new Div();

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
			.setHeader(getTranslation("reminder.column.to"))
			// an address whole on one line, not broken mid-word
			.setAutoWidth(true);
		grid.addColumn(reminder -> reminder.subject() == null ? "" : reminder.subject())
			.setHeader(getTranslation("reminder.column.subject"))
			.setFlexGrow(3);
		grid.addComponentColumn(reminder -> ReminderTexts.status(this, reminder))
			.setHeader(getTranslation("reminder.column.status"));
		// a button says what a row is for (a row to choose does not show it)
		grid.addComponentColumn(reminder -> {
			// selecting shows the mail (the selection listener); one already shown is
			// brought back into view
			Button read = new Button(getTranslation("reminder.sent-mail.read"), click -> {
				if (grid.getSelectedItems().contains(reminder)) {
					preview.scrollIntoView();
				}
				else {
					grid.select(reminder);
				}
			});
			read.setAriaLabel(getTranslation("reminder.sent-mail.read-label",
					reminder.subject() == null ? "" : reminder.subject(), reminder.recipientAddress() == null
							? getTranslation("reminder.sent-mail.no-address") : reminder.recipientAddress()));
			read.setId("read-mail-" + reminder.id());
			return read;
		}).setKey("read").setHeader(getTranslation("reminder.sent-mail.mail")).setAutoWidth(true).setFlexGrow(0);
		total.fill(grid, query -> reminders.list(null, query.getOffset(), query.getLimit()).stream(),
				query -> (int) Math.min(Integer.MAX_VALUE, reminders.count(null)));
		grid.addSelectionListener(selection -> show(selection.getFirstSelectedItem().orElse(null)));
		preview.setId("sent-mail-preview");
		add(total, WideGrid.hint(grid), grid, total.more(), preview);
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
		if (reminder.bodyText() != null) {
			// the HTML version in a tab of its own (read through the service, audited
			// there)
			long id = reminder.id();
			Anchor html = new Anchor(DownloadHandler.fromInputStream(event -> reminders.html(id).map(body -> {
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				return new DownloadResponse(new ByteArrayInputStream(bytes), "herinnering-" + id + ".html",
						"text/html;charset=UTF-8", bytes.length);
			}).orElseGet(() -> DownloadResponse.error(404))).inline(), getTranslation("reminder.sent-mail.html"));
			html.setId("sent-mail-html");
			html.setTarget("_blank");
			preview.add(new Paragraph(html));
		}
		// under a list that grows with the page: the mail is brought into view
		preview.scrollIntoView();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reminder.sent-mail.title") + " – " + getTranslation("app.name");
	}

}
