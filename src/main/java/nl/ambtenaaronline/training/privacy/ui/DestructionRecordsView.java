package nl.ambtenaaronline.training.privacy.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.privacy.DestructionRecord;
import nl.ambtenaaronline.training.privacy.PrivacyService;
import nl.ambtenaaronline.training.privacy.RetentionPreview;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.ReferenceNames;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import nl.ambtenaaronline.training.shared.ui.WideGrid;
import nl.ambtenaaronline.training.shared.Dates;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The destruction record for administrators and auditors: what retention erased, paged in
 * the database, exportable as CSV. An administrator can apply the retention periods at
 * once (audited).
 */
@Route("admin/destruction-records")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
@Menu(title = "menu.destruction-records", order = 92)
class DestructionRecordsView extends Main implements HasDynamicTitle {

	final Grid<DestructionRecord> grid = new Grid<>();

	/** How many rows the list holds. */
	private final ListTotal total = new ListTotal();

	final Paragraph status = new Paragraph();

	DestructionRecordsView(PrivacyService privacy, AccountService accounts, ObjectProvider<ReferenceNames> names) {
		addClassName("ao-page");
		DateTimeFormatter format = Dates.momentFormat(getLocale());
		grid.setId("destruction-records");
		grid.setAriaLabel(getTranslation("privacy.destruction.grid"));
		grid.addColumn(record -> format.format(record.performedAt()))
			.setHeader(getTranslation("privacy.destruction.column.when"))
			.setAutoWidth(true);
		grid.addColumn(record -> getTranslation("privacy.destruction.kind." + record.kind().name()))
			.setHeader(getTranslation("privacy.destruction.column.kind"))
			.setAutoWidth(true);
		// the rule in words, its code small beside it (the export keeps the code)
		grid.addComponentColumn(this::rule).setKey("rule").setHeader(getTranslation("privacy.destruction.column.rule"));
		grid.addColumn(DestructionRecord::periodMonths)
			.setHeader(getTranslation("privacy.destruction.column.period"))
			.setAutoWidth(true);
		grid.addColumn(DestructionRecord::records)
			.setHeader(getTranslation("privacy.destruction.column.records"))
			.setAutoWidth(true);
		grid.addColumn(record -> String.join(", ", record.employeeNumbers()))
			.setHeader(getTranslation("privacy.destruction.column.employees"));
		grid.addColumn(record -> performedBy(record.performedBy(), names))
			.setHeader(getTranslation("privacy.destruction.column.by"));
		total.fill(grid, query -> privacy.destructionRecords(query.getOffset(), query.getLimit()).stream(),
				query -> (int) privacy.countDestructionRecords());

		Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] csv = privacy.destructionRecordsCsv();
			return new DownloadResponse(new ByteArrayInputStream(csv), "vernietigingsverslag.csv",
					"text/csv;charset=utf-8", csv.length);
		}), getTranslation("privacy.destruction.export"));
		export.setId("export-destruction-records");
		export.addClassName("ao-download");

		status.setId("destruction-status");
		status.getElement().setAttribute("role", "status");
		FlexLayout actions = new FlexLayout(export);
		actions.addClassName("ao-filters");
		if (accounts.current().map(user -> user.has(Role.ADMIN)).orElse(false)) {
			// first what it would erase, then erasing on a second, explicit click
			Button runNow = new Button(getTranslation("privacy.destruction.run-now"),
					event -> confirmRun(privacy, privacy.previewRetention()));
			runNow.setId("run-retention-now");
			actions.add(runNow);
		}
		add(new H1(getTranslation("privacy.destruction.title")),
				new Paragraph(getTranslation("privacy.destruction.intro")), actions, status, total, WideGrid.hint(grid),
				grid, total.more());
	}

	/**
	 * Says what applying the periods now would erase, rule by rule, and applies them only
	 * when confirmed; when nothing is past its period it says so and changes nothing.
	 */
	private void confirmRun(PrivacyService privacy, List<RetentionPreview> preview) {
		if (preview.isEmpty()) {
			status.setText(getTranslation("privacy.destruction.run-now.nothing"));
			return;
		}
		Dialog dialog = new Dialog();
		dialog.setId("run-retention-dialog");
		dialog.setHeaderTitle(getTranslation("privacy.destruction.run-now.title"));
		UnorderedList lines = new UnorderedList();
		lines.setId("run-retention-preview");
		for (RetentionPreview line : preview) {
			lines.add(new ListItem(getTranslation("privacy.destruction.run-now.line",
					ruleWords(line.rule()).orElse(line.rule()), line.records(), line.people(), line.periodMonths())));
		}
		Button confirm = new Button(getTranslation("privacy.destruction.run-now.confirm",
				preview.stream().mapToInt(RetentionPreview::records).sum()), click -> {
					List<DestructionRecord> written = privacy.runRetentionNow();
					dialog.close();
					status.setText(getTranslation("privacy.destruction.run-now.done", written.size()));
					total.restart();
				});
		confirm.setId("run-retention-confirm");
		confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
		Button cancel = new Button(getTranslation("privacy.destruction.run-now.cancel"), click -> dialog.close());
		cancel.setId("run-retention-cancel");
		dialog.add(new Paragraph(getTranslation("privacy.destruction.run-now.explain")), lines);
		dialog.getFooter().add(cancel, confirm);
		dialog.open();
	}

	/** A rule in words, if the bundles have them. */
	private Optional<String> ruleWords(String rule) {
		String label = getTranslation("privacy.destruction.rule." + rule);
		return label.startsWith("!") ? Optional.empty() : Optional.of(label);
	}

	private Span rule(DestructionRecord record) {
		Optional<String> words = ruleWords(record.rule());
		Span cell = new Span(words.orElse(record.rule()));
		if (words.isPresent()) {
			Span code = new Span(record.rule());
			code.addClassName("ao-code");
			cell.add(new Span(" "), code);
		}
		return cell;
	}

	/** The nightly job in words, an administrator by name (for those allowed). */
	private String performedBy(String by, ObjectProvider<ReferenceNames> names) {
		if ("system".equals(by)) {
			return getTranslation("privacy.destruction.by.system");
		}
		return names.orderedStream().map(bean -> bean.nameOf(by)).flatMap(Optional::stream).findFirst().orElse(by);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("privacy.destruction.title") + " – " + getTranslation("app.name");
	}

}
