package nl.ambtenaaronline.training.audit.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditExportFormat;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.audit.ChainCheck;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/**
 * The audit trail, filterable (action, actor, subject, date range, result) and paged in
 * the database, exportable for the current filter as JSON lines or CSV (streamed,
 * audited), with the hash-chain check and the result of the last one.
 */
@Route("audit")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
@Menu(title = "menu.audit", order = 90)
class AuditLogView extends Main implements HasDynamicTitle {

	private final AuditService audit;

	private final TextField action = new TextField();

	private final TextField actor = new TextField();

	private final TextField subject = new TextField();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final ComboBox<AuditResult> result = new ComboBox<>();

	private final Paragraph chainResult = new Paragraph();

	/** The filter as last set in the UI, read by the download handlers. */
	private volatile AuditFilter current = AuditFilter.none();

	private final Grid<AuditEntry> grid = new Grid<>();

	AuditLogView(AuditService audit) {
		this.audit = audit;
		addClassName("ao-page");
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(TimeConfiguration.ZONE);
		action.setLabel(getTranslation("audit.action"));
		actor.setLabel(getTranslation("audit.actor"));
		subject.setLabel(getTranslation("audit.subject"));
		for (TextField field : new TextField[] { action, actor, subject }) {
			field.setValueChangeMode(ValueChangeMode.LAZY);
			field.setClearButtonVisible(true);
			field.addValueChangeListener(event -> filterChanged());
		}
		from.setId("audit-from");
		from.setLabel(getTranslation("audit.from"));
		to.setId("audit-to");
		to.setLabel(getTranslation("audit.to"));
		for (DatePicker date : new DatePicker[] { from, to }) {
			date.setClearButtonVisible(true);
			date.setLocale(getLocale());
			date.addValueChangeListener(event -> filterChanged());
		}
		result.setId("audit-result");
		result.setLabel(getTranslation("audit.result"));
		result.setItems(AuditResult.values());
		result.setClearButtonVisible(true);
		result.addValueChangeListener(event -> filterChanged());
		action.setId("audit-action");
		actor.setId("audit-actor");
		subject.setId("audit-subject");
		grid.setId("audit-log");
		grid.setAriaLabel(getTranslation("audit.title"));
		grid.addColumn(AuditEntry::id).setHeader("#").setAutoWidth(true);
		grid.addColumn(entry -> format.format(entry.occurredAt())).setHeader(getTranslation("audit.when"));
		grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor"));
		grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action"));
		grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject"));
		grid.addColumn(entry -> entry.result().name()).setHeader(getTranslation("audit.result"));
		grid.addColumn(AuditEntry::origin).setHeader(getTranslation("audit.origin"));
		grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details"));
		grid.setItems(query -> audit.search(current, query.getOffset(), query.getLimit()).stream(),
				query -> (int) audit.count(current));

		Button check = new Button(getTranslation("audit.check"), event -> showCheck(audit.verifyChain()));
		check.setId("check-chain");
		chainResult.setId("chain-result");
		chainResult.getElement().setAttribute("role", "status");

		audit.lastChainCheck().ifPresent(last -> {
			showCheck(last.result());
			chainResult.setText(getTranslation("audit.chain.last", format.format(last.checkedAt()),
					getTranslation("audit.chain.trigger." + last.trigger()), chainResult.getText()));
		});

		FlexLayout filters = new FlexLayout(action, actor, subject, from, to, result);
		filters.addClassName("ao-filters");
		FlexLayout exports = new FlexLayout(export(AuditExportFormat.JSON_LINES), export(AuditExportFormat.CSV));
		exports.addClassName("ao-exports");
		add(new H1(getTranslation("audit.title")), check, chainResult, filters, exports, grid);
	}

	private void filterChanged() {
		current = new AuditFilter(action.getValue(), actor.getValue(), subject.getValue(), from.getValue(),
				to.getValue(), result.getValue());
		grid.getDataProvider().refreshAll();
	}

	/** A link that streams the events of the current filter; the service audits it. */
	private Anchor export(AuditExportFormat format) {
		String fileName = "auditlog." + format.extension();
		DownloadHandler handler = event -> {
			event.setFileName(fileName);
			event.setContentType(format.contentType());
			audit.export(current, format, event.getOutputStream());
		};
		Anchor link = new Anchor(handler, getTranslation("audit.export." + format.extension()));
		link.setId("export-" + format.extension());
		link.addClassName("ao-download");
		return link;
	}

	private void showCheck(ChainCheck result) {
		chainResult.removeClassNames("ao-ok", "ao-alert");
		if (result.intact()) {
			chainResult.setText(getTranslation("audit.chain.intact", result.checked()));
			chainResult.addClassName("ao-ok");
		}
		else {
			chainResult.setText(getTranslation("audit.chain.broken", result.brokenAt(),
					getTranslation(result.problem() == null ? "audit.chain.altered" : result.problem())));
			chainResult.addClassName("ao-alert");
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title") + " – " + getTranslation("app.name");
	}

}
