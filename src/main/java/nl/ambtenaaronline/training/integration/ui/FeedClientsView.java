package nl.ambtenaaronline.training.integration.ui;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import nl.ambtenaaronline.training.shared.ui.WideGrid;
import nl.ambtenaaronline.training.integration.FeedClient;
import nl.ambtenaaronline.training.integration.FeedStatus;
import nl.ambtenaaronline.training.integration.HrFeedService;
import nl.ambtenaaronline.training.integration.IntegrationException;
import nl.ambtenaaronline.training.integration.NewFeedClient;
import nl.ambtenaaronline.training.integration.SkippedFeedEvent;
import nl.ambtenaaronline.training.integration.XapiService;
import nl.ambtenaaronline.training.integration.XapiStatus;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.Dates;

/**
 * The clients of the completion feed for the HR system: how many events the feed holds
 * and the newest cursor number, each client with its last use and how far it has read, a
 * new client (its token shown once) and revoking one (after confirming), the events the
 * feed had to skip; the xAPI outbox with its failures, and an export of a period's
 * statements as JSON lines.
 */
@Route("admin/integrations")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.integrations", order = 90)
class FeedClientsView extends Main implements HasDynamicTitle {

	private final HrFeedService feed;

	private final XapiService xapi;

	private final Paragraph xapiStatus = new Paragraph();

	private final UnorderedList xapiFailures = new UnorderedList();

	private final Grid<FeedClient> grid = new Grid<>();

	private final Paragraph summary = new Paragraph();

	private final Paragraph skippedSummary = new Paragraph();

	private final Grid<SkippedFeedEvent> skipped = new Grid<>();

	/** The phone's line about the skipped events' columns, shown with their table. */
	private final Paragraph skippedHint;

	private final Paragraph message = new Paragraph();

	private final TextField token = new TextField();

	private final DateTimeFormatter when;

	FeedClientsView(HrFeedService feed, XapiService xapi) {
		this.feed = feed;
		this.xapi = xapi;
		addClassName("ao-page");
		when = Dates.momentFormat(getLocale());
		summary.setId("feed-summary");
		message.setId("feed-message");
		message.getElement().setAttribute("role", "status");

		TextField name = new TextField(getTranslation("integration.client.name"));
		name.setId("feed-client-name");
		name.setMaxLength(100);
		name.setHelperText(getTranslation("integration.client.name-help"));
		Button create = new Button(getTranslation("integration.client.create"), click -> create(name));
		create.setId("feed-client-create");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		HorizontalLayout form = new HorizontalLayout(name, create);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);

		token.setId("feed-client-token");
		token.setLabel(getTranslation("integration.client.token"));
		token.setHelperText(getTranslation("integration.client.token-help"));
		token.setReadOnly(true);
		token.setWidthFull();
		token.setVisible(false);

		grid.setId("feed-clients");
		grid.setAriaLabel(getTranslation("integration.clients"));
		grid.addColumn(FeedClient::name).setHeader(getTranslation("integration.client.column.name")).setFlexGrow(2);
		grid.addColumn(client -> at(client.createdAt())).setHeader(getTranslation("integration.client.column.created"));
		grid.addColumn(client -> client.lastUsedAt() == null ? getTranslation("integration.client.never")
				: at(client.lastUsedAt()))
			.setHeader(getTranslation("integration.client.column.used"));
		grid.addColumn(client -> client.lastCursor() == null ? getTranslation("integration.client.never")
				: Long.toString(client.lastCursor()))
			.setHeader(getTranslation("integration.client.column.cursor"));
		grid.addColumn(client -> client.active() ? getTranslation("integration.client.active")
				: getTranslation("integration.client.revoked-on", at(client.revokedAt())))
			.setHeader(getTranslation("integration.client.column.status"));
		grid.addComponentColumn(client -> {
			Button revoke = new Button(getTranslation("integration.client.revoke"), click -> confirmRevoke(client));
			revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
			revoke.setEnabled(client.active());
			revoke.getElement()
				.setAttribute("aria-label", getTranslation("integration.client.revoke-label", client.name()));
			return revoke;
		}).setHeader(getTranslation("integration.client.column.action"));
		grid.setAllRowsVisible(true);

		skippedSummary.setId("feed-skipped-summary");
		skipped.setId("feed-skipped");
		skipped.setAriaLabel(getTranslation("integration.skipped.title"));
		skipped.addColumn(event -> at(event.skippedAt())).setHeader(getTranslation("integration.skipped.column.when"));
		skipped.addColumn(SkippedFeedEvent::key).setHeader(getTranslation("integration.skipped.column.event"));
		skipped.addColumn(event -> event.kind().name()).setHeader(getTranslation("integration.skipped.column.kind"));
		skipped.addColumn(SkippedFeedEvent::reason)
			.setHeader(getTranslation("integration.skipped.column.reason"))
			.setFlexGrow(3);
		skipped.setAllRowsVisible(true);
		skippedHint = WideGrid.hint(skipped);
		skippedHint.setId("feed-skipped-hint");

		add(new H1(getTranslation("integration.title")), new Paragraph(getTranslation("integration.intro")), summary,
				// on a phone the name stays in view and a line says the rest (the revoke
				// button too) is beside it
				new H2(getTranslation("integration.clients")), WideGrid.hint(grid), grid, form, message, token,
				new H2(getTranslation("integration.skipped.title")), skippedSummary, skippedHint, skipped,
				new H2(getTranslation("integration.xapi.title")), xapiStatus, xapiFailures,
				new H2(getTranslation("integration.xapi.export.title")),
				new Paragraph(getTranslation("integration.xapi.export.intro")), exportForm());
		xapiStatus.setId("xapi-status");
		xapiFailures.setId("xapi-failures");
		refresh();
	}

	/**
	 * The export of a period's statements as JSON lines: two dates (Amsterdam days, both
	 * included) and a download link, disabled while the period is wrong.
	 */
	private HorizontalLayout exportForm() {
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		DatePicker from = new DatePicker(getTranslation("integration.xapi.export.from"), today.withDayOfMonth(1));
		from.setId("xapi-export-from");
		from.setLocale(getLocale());
		DatePicker to = new DatePicker(getTranslation("integration.xapi.export.to"), today);
		to.setId("xapi-export-to");
		to.setLocale(getLocale());
		Anchor download = new Anchor((DownloadEvent event) -> {
			LocalDate first = from.getValue();
			LocalDate last = to.getValue();
			event.setFileName("xapi-statements-" + first + "-" + last + ".jsonl");
			event.setContentType("application/jsonl; charset=UTF-8");
			try (OutputStream out = event.getOutputStream()) {
				xapi.exportJsonLines(first, last, out);
			}
		}, getTranslation("integration.xapi.export.download"));
		download.setId("xapi-export");
		download.addClassName("ao-button-link");
		Runnable check = () -> {
			LocalDate first = from.getValue();
			LocalDate last = to.getValue();
			boolean missing = first == null || last == null;
			boolean wrong = !missing && (last.isBefore(first) || first.plusYears(1).isBefore(last));
			to.setInvalid(missing || wrong);
			to.setErrorMessage(missing ? getTranslation("integration.xapi.export.error.dates")
					: getTranslation("integration.xapi.export.error.period"));
			download.setEnabled(!missing && !wrong);
		};
		from.addValueChangeListener(change -> check.run());
		to.addValueChangeListener(change -> check.run());
		HorizontalLayout form = new HorizontalLayout(from, to, download);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		return form;
	}

	private void create(TextField name) {
		try {
			NewFeedClient created = feed.createClient(name.getValue());
			name.clear();
			name.setInvalid(false);
			token.setValue(created.token());
			token.setVisible(true);
			message.setText(getTranslation("integration.client.created", created.client().name()));
			refresh();
		}
		catch (IntegrationException invalid) {
			name.setErrorMessage(getTranslation(invalid.getMessage()));
			name.setInvalid(true);
		}
	}

	/** Asks first: a revoked token cannot be made valid again. */
	private void confirmRevoke(FeedClient client) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("feed-client-revoke-dialog");
		dialog.setHeader(getTranslation("integration.client.revoke-title", client.name()));
		dialog.setText(getTranslation("integration.client.revoke-text", client.name()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("integration.client.revoke-cancel"));
		dialog.setConfirmText(getTranslation("integration.client.revoke"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(confirm -> revoke(client));
		dialog.open();
	}

	private void revoke(FeedClient client) {
		try {
			feed.revokeClient(client.id());
			message.setText(getTranslation("integration.client.revoked", client.name()));
		}
		catch (IntegrationException gone) {
			message.setText(getTranslation(gone.getMessage()));
		}
		refresh();
	}

	private void refresh() {
		grid.setItems(feed.clients());
		FeedStatus status = feed.status();
		summary.setText(getTranslation("integration.feed-size", status.events(), status.lastSequence()));
		skippedSummary.setText(status.skipped() == 0 ? getTranslation("integration.skipped.none")
				: getTranslation("integration.skipped.count", status.skipped(), status.recentSkips().size()));
		skipped.setItems(status.recentSkips());
		skipped.setVisible(status.skipped() > 0);
		// no table, no line about its columns
		skippedHint.setVisible(skipped.isVisible());
		XapiStatus outbox = xapi.status();
		xapiStatus.setText(!outbox.enabled() ? getTranslation("integration.xapi.off")
				: outbox.endpoint().isBlank() ? getTranslation("integration.xapi.record-only", outbox.pending())
						: getTranslation("integration.xapi.on", outbox.endpoint(), outbox.pending(), outbox.sent(),
								outbox.failed()));
		xapiFailures.removeAll();
		outbox.recentFailures()
			.forEach(failure -> xapiFailures.add(new ListItem(getTranslation("integration.xapi.failure",
					failure.statementId(), failure.status(), failure.attempts(), failure.error()))));
		xapiFailures.setVisible(!outbox.recentFailures().isEmpty());
	}

	private String at(@Nullable Instant instant) {
		return instant == null ? "" : when.format(instant);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("integration.title") + " – " + getTranslation("app.name");
	}

}
