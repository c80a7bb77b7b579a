package nl.ambtenaaronline.training.employee.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.employee.ImportMode;
import nl.ambtenaaronline.training.employee.RosterChange;
import nl.ambtenaaronline.training.employee.RosterColumn;
import nl.ambtenaaronline.training.employee.RosterImportRejectedException;
import nl.ambtenaaronline.training.employee.RosterImportResult;
import nl.ambtenaaronline.training.employee.RosterImportService;
import nl.ambtenaaronline.training.employee.RosterPreview;
import nl.ambtenaaronline.training.employee.RosterProblem;
import nl.ambtenaaronline.training.employee.RosterUpload;
import nl.ambtenaaronline.training.shared.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Roster import in two steps: upload a CSV file and see what would change (new, changed,
 * unchanged, leavers, problems); then confirm. When many people would be marked as left,
 * confirming needs an extra, explicit tick. The file is held in this view until then and
 * checked again on confirmation.
 */
@Route("roster/import")
@RolesAllowed({ Roles.HR, Roles.ADMIN })
class RosterImportView extends Main implements HasDynamicTitle {

	private final RosterImportService imports;

	private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();

	private final Upload upload = new Upload();

	private final Paragraph status = new Paragraph();

	private final Div preview = new Div();

	private @Nullable RosterUpload held;

	RosterImportView(RosterImportService imports) {
		this.imports = imports;
		addClassName("ao-page");
		mode.setLabel(getTranslation("roster.import.mode"));
		mode.setId("roster-import-mode");
		mode.setItems(ImportMode.values());
		mode.setItemLabelGenerator(item -> getTranslation("roster.import.mode." + key(item)));
		// the default cannot mark anyone as left
		mode.setValue(ImportMode.UPDATE);
		mode.addValueChangeListener(event -> {
			if (held != null && event.getValue() != null) {
				showPreview(held.withMode(event.getValue()));
			}
		});

		upload.setId("roster-upload");
		upload.setMaxFiles(1);
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.limits().maxFileSize().toBytes()));
		upload.setI18n(RosterTexts.upload(this));
		upload.setUploadHandler(new LimitedUpload(imports.limits().maxFileSize().toBytes(),
				(fileName, data) -> showPreview(new RosterUpload(fileName, data,
						mode.getValue() == null ? ImportMode.UPDATE : mode.getValue())),
				() -> {
					held = null;
					preview.removeAll();
					setStatus(
							getTranslation("roster.error.file-too-large", imports.limits().maxFileSize().toMegabytes()),
							true);
				}));
		upload.addFileRejectedListener(event -> {
			setStatus(getTranslation("roster.import.rejected-file", event.getErrorMessage()), true);
		});
		status.setId("roster-import-status");
		status.getElement().setAttribute("role", "status");
		status.getElement().setAttribute("aria-live", "polite");
		preview.setId("roster-preview");

		RouterLink back = new RouterLink(getTranslation("roster.import.back"), RosterView.class);
		Anchor template = new Anchor(
				DownloadHandler.fromInputStream(event -> new DownloadResponse(
						new java.io.ByteArrayInputStream(template().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
						"personeelsbestand-voorbeeld.csv", "text/csv; charset=UTF-8", -1)),
				getTranslation("roster.import.template"));
		template.setId("roster-template");
		template.addClassName("ao-button-link");
		// in the order HR goes, each on a line of its own: what the file holds (step 1),
		// then the file (step 2)
		Paragraph chooseFile = new Paragraph(getTranslation("roster.import.file-step"));
		chooseFile.addClassName("ao-step-label");
		add(new H1(getTranslation("roster.import.title")), new Paragraph(getTranslation("roster.import.intro")),
				columns(), new Div(template), new Div(mode), chooseFile, upload, status, preview, back);
	}

	private Details columns() {
		UnorderedList list = new UnorderedList();
		for (RosterColumn column : RosterColumn.values()) {
			list.add(new ListItem(getTranslation(
					column.required() ? "roster.import.column.required" : "roster.import.column.optional",
					column.dutchName(), column.englishName(), RosterTexts.column(this, column))));
		}
		Details details = new Details(getTranslation("roster.import.columns"),
				new Paragraph(getTranslation("roster.import.columns.intro", imports.limits().maxRows(),
						imports.limits().maxFileSize().toMegabytes())),
				list);
		details.setId("roster-import-columns");
		return details;
	}

	private void showPreview(RosterUpload file) {
		held = file;
		show(imports.preview(file));
	}

	private void show(RosterPreview result) {
		preview.removeAll();
		RosterUpload file = held;
		preview.add(new H2(getTranslation("roster.preview.title", file == null ? "" : file.fileName())));
		UnorderedList counts = new UnorderedList();
		counts.setId("roster-preview-counts");
		counts.add(new ListItem(getTranslation("roster.preview.rows", result.rows())));
		if (result.valid()) {
			counts.add(new ListItem(getTranslation("roster.preview.new", result.newPeople())),
					new ListItem(getTranslation("roster.preview.changed", result.changed())),
					new ListItem(getTranslation("roster.preview.unchanged", result.unchanged())),
					new ListItem(getTranslation("roster.preview.leavers", result.leavers())),
					new ListItem(getTranslation("roster.preview.departments", result.newDepartments(),
							result.renamedDepartments())));
		}
		else {
			// a file with errors is not compared with the roster: counts of new and
			// changed people would be zeros that do not add up to the file's rows
			counts.add(new ListItem(getTranslation("roster.preview.problems", result.problemCount())),
					new ListItem(getTranslation("roster.preview.not-compared")));
			// the upload's green tick would say the file is fine
			upload.clearFileList();
		}
		if (result.leavers() > 0 && result.leaverConfirmationNeeded()) {
			// first, before the counts and any error: many leavers usually mean the wrong
			// choice of what the file holds, and the way out is another choice
			Paragraph warning = new Paragraph(getTranslation("roster.preview.leaver-warning", result.leavers(),
					String.format(getLocale(), "%.1f", result.leaverPercent()), result.maxLeaverPercent()));
			warning.addClassName("ao-alert");
			warning.setId("roster-leaver-warning");
			warning.getElement().setAttribute("role", "alert");
			preview.add(warning);
		}
		preview.add(counts);
		if (!result.valid()) {
			setStatus(getTranslation("roster.preview.invalid", result.problemCount()), true);
			preview.add(new H3(getTranslation("roster.preview.problems.title")), problems(result));
			if (result.problemCount() > result.problems().size()) {
				preview.add(new Paragraph(getTranslation("roster.preview.problems.more", result.problems().size(),
						result.problemCount())));
			}
			return;
		}
		if (result.mode() == ImportMode.DEPARTMENTS) {
			preview.add(new Paragraph(getTranslation("roster.preview.scope", String.join(", ", result.departments()))));
		}
		if (!result.sample().isEmpty()) {
			preview.add(new H3(getTranslation("roster.preview.sample")), sample(result));
		}
		if (!result.hasChanges()) {
			setStatus(getTranslation("roster.preview.nothing"), false);
			return;
		}
		setStatus(getTranslation("roster.preview.ready"), false);
		Button confirm = new Button(getTranslation("roster.preview.confirm"));
		confirm.setId("roster-confirm");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		FlexLayout actions = new FlexLayout();
		actions.addClassName("ao-filters");
		// each danger is named and confirmed on its own: the leavers by name, new
		// departments by code
		List<Checkbox> confirmations = new ArrayList<>();
		if (result.leavers() > 0) {
			H3 heading = new H3(getTranslation("roster.preview.leavers.title", result.leavers()));
			UnorderedList names = new UnorderedList();
			names.setId("roster-leaver-list");
			result.leaverList()
				.forEach(leaver -> names.add(new ListItem(getTranslation("roster.preview.leaver-line", leaver.name(),
						leaver.employeeNumber(), leaver.departmentCode()))));
			preview.add(heading, names);
			Checkbox sure = new Checkbox(getTranslation("roster.preview.leaver-confirm", result.leavers()));
			sure.setId("roster-confirm-leavers");
			confirmations.add(sure);
		}
		if (!result.newDepartmentCodes().isEmpty()) {
			Paragraph warning = new Paragraph(getTranslation("roster.preview.new-departments",
					result.newDepartmentCodes().size(), String.join(", ", result.newDepartmentCodes())));
			warning.addClassName("ao-alert");
			warning.setId("roster-new-departments");
			Checkbox sure = new Checkbox(
					getTranslation("roster.preview.new-departments-confirm", result.newDepartmentCodes().size()));
			sure.setId("roster-confirm-departments");
			preview.add(warning);
			confirmations.add(sure);
		}
		confirmations.forEach(box -> {
			preview.add(box);
			box.addValueChangeListener(
					event -> confirm.setEnabled(confirmations.stream().allMatch(Checkbox::getValue)));
		});
		confirm.setEnabled(confirmations.isEmpty());
		confirm.addClickListener(event -> confirm(result.leavers() > 0 ? result.leavers() : null));
		Button cancel = new Button(getTranslation("roster.preview.cancel"), event -> reset());
		cancel.setId("roster-cancel");
		actions.add(confirm, cancel);
		preview.add(actions);
	}

	private Grid<RosterProblem> problems(RosterPreview result) {
		Grid<RosterProblem> grid = new Grid<>();
		grid.setId("roster-problems");
		grid.setAriaLabel(getTranslation("roster.preview.problems.title"));
		grid.addColumn(problem -> problem.line() == 0 ? "" : Long.toString(problem.line()))
			.setHeader(getTranslation("roster.preview.line"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(RosterProblem::column).setHeader(getTranslation("roster.preview.column")).setAutoWidth(true);
		grid.addColumn(problem -> RosterTexts.problem(this, problem))
			.setHeader(getTranslation("roster.preview.problem"))
			.setFlexGrow(1);
		grid.setItems(result.problems());
		grid.setAllRowsVisible(result.problems().size() <= 50);
		return grid;
	}

	private Grid<RosterChange> sample(RosterPreview result) {
		Grid<RosterChange> grid = new Grid<>();
		grid.setId("roster-sample");
		grid.setAriaLabel(getTranslation("roster.preview.sample"));
		grid.addColumn(change -> getTranslation("roster.change." + key(change.kind())))
			.setHeader(getTranslation("roster.preview.kind"))
			.setAutoWidth(true);
		grid.addColumn(change -> change.line() == 0 ? "" : Long.toString(change.line()))
			.setHeader(getTranslation("roster.preview.line"))
			.setAutoWidth(true);
		grid.addColumn(RosterChange::employeeNumber)
			.setHeader(getTranslation("roster.column.employee-number"))
			.setAutoWidth(true);
		grid.addColumn(RosterChange::name).setHeader(getTranslation("roster.name"));
		grid.addColumn(RosterChange::departmentCode).setHeader(getTranslation("roster.column.department-code"));
		grid.addColumn(change -> change.changedColumns()
			.stream()
			.map(column -> RosterTexts.column(this, column))
			.collect(Collectors.joining(", "))).setHeader(getTranslation("roster.preview.what"));
		grid.setItems(result.sample());
		grid.setAllRowsVisible(true);
		return grid;
	}

	private void confirm(@Nullable Integer leavers) {
		RosterUpload file = held;
		if (file == null) {
			return;
		}
		try {
			RosterImportResult result = leavers == null ? imports.confirm(file)
					: imports.confirmWithLeavers(file, leavers);
			reset();
			setStatus(getTranslation("roster.import.done", result.newPeople(), result.changed(), result.unchanged(),
					result.leavers(), result.newDepartments()), false);
		}
		catch (RosterImportRejectedException ex) {
			show(ex.preview());
			setStatus(getTranslation(ex.getMessage()), true);
		}
	}

	/** A template: the header with every column and one made-up person. */
	private static String template() {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(java.util.Arrays.stream(RosterColumn.values())
			.map(RosterColumn::dutchName)
			.collect(Collectors.joining(";")));
		csv.append("\r\n");
		return csv.toString();
	}

	private void reset() {
		held = null;
		preview.removeAll();
		upload.clearFileList();
		status.setText("");
	}

	private void setStatus(String text, boolean alert) {
		status.setText(text);
		status.removeClassNames("ao-ok", "ao-alert");
		status.addClassName(alert ? "ao-alert" : "ao-ok");
	}

	private static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public String getPageTitle() {
		return getTranslation("roster.import.title") + " – " + getTranslation("app.name");
	}

}
