package nl.ambtenaaronline.training.audit.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.ReferenceNames;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import nl.ambtenaaronline.training.shared.ui.WideGrid;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The audit trail in words: names instead of account and employee numbers (for those
 * allowed to see them), Dutch labels for actions and results, full timestamps and a panel
 * with every field per event; filterable (action and result from a list, actor, subject,
 * date range) and paged in the database; the export keeps the codes. Exportable for the
 * current filter as JSON lines or CSV (streamed, audited), with the hash-chain check and
 * the result of the last one.
 */
@Route("audit")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
@Menu(title = "menu.audit", order = 90)
class AuditLogView extends Main implements HasDynamicTitle {

	private final AuditService audit;

	private final ComboBox<String> action = new ComboBox<>();

	private final TextField person = new TextField();

	private final TextField actor = new TextField();

	private final TextField subject = new TextField();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final ComboBox<AuditResult> result = new ComboBox<>();

	private final Paragraph chainResult = new Paragraph();

	/** The filter as last set in the UI, read by the download handlers. */
	private volatile AuditFilter current = AuditFilter.none();

	private final Grid<AuditEntry> grid = new Grid<>();

	/** How many rows the list holds. */
	private final ListTotal total = new ListTotal();

	private final List<ReferenceNames> names;

	/** At most this many people found by a name (a surname shared by many narrows). */
	static final int PEOPLE_FOUND = 25;

	AuditLogView(AuditService audit, ObjectProvider<ReferenceNames> names) {
		this.audit = audit;
		this.names = names.orderedStream().toList();
		addClassName("ao-page");
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(TimeConfiguration.ZONE);
		action.setLabel(getTranslation("audit.action"));
		action.setItems(audit.actions());
		action.setItemLabelGenerator(this::actionLabel);
		action.setClearButtonVisible(true);
		action.addValueChangeListener(event -> filterChanged());
		// a name finds what the person did and what was recorded about them; the code
		// fields stay for exact references
		person.setLabel(getTranslation("audit.person"));
		person.setHelperText(getTranslation("audit.person-help"));
		person.setId("audit-person");
		actor.setLabel(getTranslation("audit.actor"));
		subject.setLabel(getTranslation("audit.subject"));
		actor.setHelperText(getTranslation("audit.code-help"));
		subject.setHelperText(getTranslation("audit.code-help"));
		for (TextField field : new TextField[] { person, actor, subject }) {
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
		result.setItemLabelGenerator(this::resultLabel);
		result.setClearButtonVisible(true);
		result.addValueChangeListener(event -> filterChanged());
		action.setId("audit-action");
		actor.setId("audit-actor");
		subject.setId("audit-subject");
		grid.setId("audit-log");
		grid.setAriaLabel(getTranslation("audit.title"));
		// a name typed into "Wie" or "Waarop" finds nothing: say that they take codes
		grid.setEmptyStateText(getTranslation("audit.nothing-found"));
		// the moment first: on a phone it stays in view while the rest scrolls
		grid.addColumn(entry -> Dates.moment(entry.occurredAt(), getLocale()))
			.setHeader(getTranslation("audit.when"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(entry -> named(entry.actor())).setHeader(getTranslation("audit.actor")).setFlexGrow(1);
		grid.addColumn(entry -> actionLabel(entry.action())).setHeader(getTranslation("audit.action")).setFlexGrow(2);
		// the subject in words, its code as a small tag beside it (what the filter takes)
		grid.addComponentColumn(entry -> subjectCell(entry.subject()))
			.setKey("subject")
			.setHeader(getTranslation("audit.subject"))
			.setFlexGrow(1);
		grid.addColumn(entry -> resultLabel(entry.result()))
			.setHeader(getTranslation("audit.result"))
			.setAutoWidth(true);
		// every field of an event, codes included, in a panel under its row, opened with
		// a button (reachable by keyboard)
		grid.addComponentColumn(this::opener).setKey("open").setHeader(getTranslation("audit.open")).setAutoWidth(true);
		// the place in the chain, for who checks it
		grid.addColumn(AuditEntry::id).setHeader("#").setAutoWidth(true);
		grid.setItemDetailsRenderer(new ComponentRenderer<>(this::detail));
		grid.setDetailsVisibleOnClick(false);
		total.fill(grid, query -> audit.search(current, query.getOffset(), query.getLimit()).stream(),
				query -> (int) audit.count(current));

		Button check = new Button(getTranslation("audit.check"), event -> showCheck(audit.verifyChain()));
		check.setId("check-chain");
		Paragraph checkHelp = new Paragraph(getTranslation("audit.check-help"));
		checkHelp.setId("check-chain-help");
		chainResult.setId("chain-result");
		chainResult.getElement().setAttribute("role", "status");

		audit.lastChainCheck().ifPresent(last -> {
			showCheck(last.result());
			chainResult.setText(getTranslation("audit.chain.last", format.format(last.checkedAt()),
					getTranslation("audit.chain.trigger." + last.trigger()), chainResult.getText()));
		});

		FlexLayout filters = new FlexLayout(person, action, result, from, to);
		filters.addClassName("ao-filters");
		// the exact codes (account:3, employee:181) are for IT and the export: folded
		// away, so that the filters in view need no code
		FlexLayout codeFilters = new FlexLayout(actor, subject);
		codeFilters.addClassName("ao-filters");
		Details byCode = new Details(getTranslation("audit.by-code"), codeFilters);
		byCode.setId("audit-by-code");
		FlexLayout exports = new FlexLayout(export(AuditExportFormat.JSON_LINES), export(AuditExportFormat.CSV));
		exports.addClassName("ao-exports");
		Paragraph exportHelp = new Paragraph(getTranslation("audit.export-help"));
		exportHelp.setId("export-help");
		add(new H1(getTranslation("audit.title")), checkHelp, check, chainResult, filters, byCode, exportHelp, exports,
				total, WideGrid.hint(grid), grid, total.more());
	}

	private Button opener(AuditEntry entry) {
		Button open = new Button(getTranslation("audit.open"));
		open.setId("audit-open-" + entry.id());
		open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		open.setAriaLabel(getTranslation("audit.open.label", entry.id()));
		open.addClickListener(click -> grid.setDetailsVisible(entry, !grid.isDetailsVisible(entry)));
		return open;
	}

	/** The panel of one event: every field, the codes beside the readable words. */
	private Div detail(AuditEntry entry) {
		DescriptionList list = new DescriptionList();
		list.setId("audit-detail-" + entry.id());
		list.addClassName("ao-audit-detail");
		term(list, "#", Long.toString(entry.id()));
		term(list, getTranslation("audit.when"), Dates.moment(entry.occurredAt(), getLocale()));
		term(list, getTranslation("audit.actor"), both(entry.actor()));
		term(list, getTranslation("audit.action"), actionLabel(entry.action()) + " (" + entry.action() + ")");
		term(list, getTranslation("audit.subject"), withCode(words(entry.subject()), entry.subject()));
		term(list, getTranslation("audit.result"), resultLabel(entry.result()) + " (" + entry.result().name() + ")");
		term(list, getTranslation("audit.origin"), entry.origin());
		term(list, getTranslation("audit.details"), entry.details().isEmpty() ? "–" : entry.details());
		term(list, getTranslation("audit.hash"), entry.hash());
		return new Div(list);
	}

	private static void term(DescriptionList list, String term, String description) {
		list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
	}

	/**
	 * A reference as a name when known to those allowed to see it; "system" and
	 * "anonymous" in words; else the code.
	 */
	private String named(String reference) {
		if (reference == null) {
			return "–";
		}
		return names.stream()
			.map(bean -> bean.nameOf(reference))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.or(() -> reference.contains(":") ? Optional.empty() : translated("audit.actor." + reference))
			.orElse(reference);
	}

	/** The references of the people the name field finds, or null when it is empty. */
	private List<String> people() {
		String text = person.getValue().strip();
		if (text.isEmpty()) {
			return null;
		}
		return names.stream().flatMap(bean -> bean.referencesNamed(text, PEOPLE_FOUND).stream()).toList();
	}

	/**
	 * A subject in words: each reference in it ({@code certificate:5 employee:74} holds
	 * two) as a name when a feature knows it, else as the kind of thing in words with its
	 * number ({@code assignment:50}: "Toewijzing (kenmerk 50)"); an unknown kind stays a
	 * code.
	 */
	String words(String subject) {
		if (subject == null || subject.isBlank()) {
			return "–";
		}
		List<String> parts = new java.util.ArrayList<>();
		for (String reference : subject.strip().split("\\s+")) {
			String name = named(reference);
			parts.add(name.equals(reference) ? kind(reference) : name);
		}
		return String.join(", ", parts);
	}

	private String kind(String reference) {
		int colon = reference.indexOf(':');
		if (colon < 0) {
			// a subject that is one thing, no number: "access-review", "content"
			return translated("audit.subject." + reference).orElse(reference);
		}
		if (colon == 0 || colon == reference.length() - 1) {
			return reference;
		}
		String kind = reference.substring(0, colon);
		String number = reference.substring(colon + 1);
		if ("all".equals(number)) {
			Optional<String> all = translated("audit.kind.all." + kind);
			if (all.isPresent()) {
				return all.get();
			}
		}
		return translated("audit.kind." + kind, number).orElse(reference);
	}

	private Optional<String> translated(String key, Object... parameters) {
		String label = getTranslation(key, parameters);
		return label.startsWith("!") ? Optional.empty() : Optional.of(label);
	}

	private Span subjectCell(String subject) {
		String words = words(subject);
		Span cell = new Span(words);
		cell.addClassName("ao-audit-subject");
		if (subject != null && !words.equals(subject)) {
			Span code = new Span(subject);
			code.addClassName("ao-code");
			code.getElement().setAttribute("title", getTranslation("audit.code"));
			cell.add(new Span(" "), code);
		}
		return cell;
	}

	private String both(String reference) {
		return withCode(reference != null && reference.contains(":") ? words(reference) : named(reference), reference);
	}

	private static String withCode(String words, String code) {
		return code == null || words.equals(code) ? words : words + " (" + code + ")";
	}

	private String actionLabel(String code) {
		return translated("audit.label." + code).orElse(code);
	}

	private String resultLabel(AuditResult value) {
		return getTranslation("audit.result." + value.name());
	}

	private void filterChanged() {
		current = new AuditFilter(action.getValue(), actor.getValue(), subject.getValue(), from.getValue(),
				to.getValue(), result.getValue(), people());
		total.restart();
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
