package nl.ambtenaaronline.training.snapshot.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.ReferenceNames;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.ui.ComponentTexts;
import nl.ambtenaaronline.training.snapshot.DepartmentFigures;
import nl.ambtenaaronline.training.snapshot.SnapshotException;
import nl.ambtenaaronline.training.snapshot.SnapshotFile;
import nl.ambtenaaronline.training.snapshot.SnapshotPreview;
import nl.ambtenaaronline.training.snapshot.SnapshotService;
import nl.ambtenaaronline.training.snapshot.SnapshotSummary;
import nl.ambtenaaronline.training.snapshot.SnapshotVerification;
import nl.ambtenaaronline.training.shared.ui.WideGrid;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Compliance snapshots "as of a date": HR and administrators freeze the figures of a day;
 * HR, administrators and auditors see the totals per department, download XLSX and PDF/A
 * and verify that the snapshot is intact and still follows from the stored history.
 */
@Route("snapshots")
@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
@Menu(title = "menu.snapshots", order = 70)
class SnapshotsView extends Main implements HasDynamicTitle {

	private final SnapshotService snapshots;

	final Select<Course> course = new Select<>();

	final DatePicker asOf = new DatePicker();

	final Button create = new Button();

	final Grid<SnapshotSummary> grid = new Grid<>();

	final Paragraph status = new Paragraph();

	final Section details = new Section();

	private final Clock clock;

	private final ObjectProvider<ReferenceNames> names;

	SnapshotsView(SnapshotService snapshots, ContentService contents, AccountService accounts, Clock clock,
			ObjectProvider<ReferenceNames> names) {
		this.names = names;
		this.snapshots = snapshots;
		this.clock = clock;
		addClassName("ao-page");
		boolean mayCreate = accounts.current().map(user -> user.has(Role.HR) || user.has(Role.ADMIN)).orElse(false);
		status.setId("snapshot-status");
		status.getElement().setAttribute("role", "status");
		// who only reads (the auditor) is told what to check, not to make one
		add(new H1(getTranslation("snapshot.title")),
				new Paragraph(getTranslation(mayCreate ? "snapshot.intro" : "snapshot.intro.read")), status);
		if (mayCreate) {
			add(createForm(contents));
		}
		grid.setId("snapshots");
		grid.setAriaLabel(getTranslation("snapshot.grid"));
		grid.addComponentColumn(this::asOfCell)
			.setKey("as-of")
			.setHeader(getTranslation("snapshot.column.as-of"))
			.setWidth("11rem")
			.setFlexGrow(0);
		// the moment whose records count, and who made it: two snapshots of one day can
		// differ, and this says why
		grid.addColumn(s -> Dates.moment(s.recordedBy(), getLocale()))
			.setHeader(getTranslation("snapshot.column.recorded-by"))
			.setAutoWidth(true);
		grid.addColumn(s -> maker(s.createdBy())).setHeader(getTranslation("snapshot.column.created-by"));
		// the course by its title, as everywhere on the screens; the version as the PDF
		// has it
		grid.addColumn(s -> getTranslation("snapshot.course-version",
				contents.current(s.courseId()).map(c -> c.title().in(getLocale())).orElse(s.courseId()),
				s.courseVersion()))
			.setHeader(getTranslation("snapshot.column.course"))
			// a long title wraps rather than pushing the last columns out of view
			.setFlexGrow(2);
		grid.addColumn(SnapshotSummary::counted).setHeader(getTranslation("snapshot.column.counted"));
		grid.addColumn(SnapshotSummary::excluded).setHeader(getTranslation("snapshot.column.excluded"));
		// made at its moment (Peilmoment): no column of its own for the same time
		grid.addColumn(s -> s.digest().substring(0, 16) + "…").setHeader(getTranslation("snapshot.column.digest"));
		// a button says what a row is for: its totals, downloads and check below the list
		grid.addComponentColumn(s -> {
			Button open = new Button(getTranslation("snapshot.open"), click -> grid.select(s));
			open.setId("snapshot-open-" + s.id());
			open.setAriaLabel(getTranslation("snapshot.open.label", asOf(s)));
			return open;
		}).setKey("open").setHeader(getTranslation("snapshot.column.open")).setAutoWidth(true).setFlexGrow(0);
		grid.setAllRowsVisible(true);
		grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::show));
		details.setId("snapshot-details");
		grid.setSelectionMode(Grid.SelectionMode.SINGLE);
		add(new H2(getTranslation("snapshot.list")), new Paragraph(getTranslation("snapshot.list.help")),
				WideGrid.hint(grid), grid, details);
		refresh();
		snapshots.list().stream().findFirst().ifPresent(grid::select);
	}

	private FlexLayout createForm(ContentService contents) {
		course.setLabel(getTranslation("snapshot.course"));
		course.setId("snapshot-course");
		course.setItems(contents.courses());
		course.setItemLabelGenerator(c -> c.title().in(getLocale()));
		if (!contents.courses().isEmpty()) {
			course.setValue(contents.courses().getFirst());
		}
		asOf.setLabel(getTranslation("snapshot.as-of"));
		asOf.setHelperText(getTranslation("snapshot.as-of.help"));
		asOf.setId("snapshot-as-of");
		ComponentTexts.datePicker(asOf, getLocale());
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		asOf.setMax(today);
		asOf.setValue(today.minusDays(1));
		asOf.setRequiredIndicatorVisible(true);
		create.setText(getTranslation("snapshot.create"));
		create.setId("snapshot-create");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.setDisableOnClick(true);
		create.addClickListener(click -> {
			try {
				createSnapshot();
			}
			finally {
				create.setEnabled(true);
			}
		});
		FlexLayout form = new FlexLayout(course, asOf, create);
		form.addClassNames("ao-filters", "ao-snapshot-form");
		return form;
	}

	private void createSnapshot() {
		if (asOf.getValue() == null || asOf.isInvalid()) {
			asOf.setErrorMessage(getTranslation("snapshot.as-of.required"));
			asOf.setInvalid(true);
			return;
		}
		if (course.getValue() == null) {
			status.setText(getTranslation("snapshot.course.required"));
			return;
		}
		try {
			SnapshotPreview preview = snapshots.preview(course.getValue().id(), asOf.getValue());
			if (preview.nearlyEmpty()) {
				confirmNearlyEmpty(preview);
				return;
			}
			store();
		}
		catch (SnapshotException ex) {
			asOf.setErrorMessage(getTranslation(ex.getMessage()));
			asOf.setInvalid(true);
		}
	}

	/**
	 * A (nearly) empty snapshot is kept for good like any other: say why it is empty and
	 * ask first.
	 */
	private void confirmNearlyEmpty(SnapshotPreview preview) {
		Dialog dialog = new Dialog();
		dialog.setId("snapshot-confirm-empty");
		dialog.setHeaderTitle(getTranslation("snapshot.empty.title", preview.counted()));
		UnorderedList why = new UnorderedList();
		preview.byScope()
			.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().counted())
			.sorted(java.util.Map.Entry.comparingByKey())
			.forEach(entry -> why
				.add(new ListItem(getTranslation("snapshot.empty.scope." + entry.getKey().name(), entry.getValue()))));
		if (why.getChildren().findAny().isEmpty()) {
			// nobody known at all: the answer to "Waarom?" is that nobody had an
			// assignment
			why.add(new ListItem(getTranslation("snapshot.empty.nobody")));
		}
		dialog.add(
				new Paragraph(getTranslation("snapshot.empty.intro", date(asOf.getValue()), preview.counted(),
						preview.counted() + preview.excluded())),
				why, new Paragraph(getTranslation("snapshot.empty.advice")));
		Button anyway = new Button(getTranslation("snapshot.empty.confirm"), click -> {
			dialog.close();
			try {
				store();
			}
			catch (SnapshotException ex) {
				asOf.setErrorMessage(getTranslation(ex.getMessage()));
				asOf.setInvalid(true);
			}
		});
		anyway.setId("snapshot-confirm-empty-yes");
		Button back = new Button(getTranslation("snapshot.empty.back"), click -> dialog.close());
		back.setId("snapshot-confirm-empty-no");
		back.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.getFooter().add(anyway, back);
		dialog.open();
		status.setText(getTranslation("snapshot.empty.status"));
	}

	private void store() {
		SnapshotSummary made = snapshots.create(course.getValue().id(), asOf.getValue());
		asOf.setInvalid(false);
		status.setText(getTranslation("snapshot.created", date(made.asOf()), made.counted(), made.excluded()));
		refresh();
		grid.select(made);
	}

	private Anchor download(SnapshotSummary snapshot, String kind, LongFunction<SnapshotFile> file) {
		long id = snapshot.id();
		Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
			try {
				SnapshotFile made = file.apply(id);
				return new DownloadResponse(new ByteArrayInputStream(made.content()), made.fileName(),
						made.contentType(), made.content().length);
			}
			catch (SnapshotException notFound) {
				return DownloadResponse.error(404);
			}
		}), getTranslation("snapshot.download." + kind));
		link.addClassName("ao-download");
		link.setId("snapshot-" + kind + "-" + id);
		link.getElement()
			.setAttribute("aria-label",
					getTranslation("snapshot.download." + kind + ".label", date(snapshot.asOf()), id));
		return link;
	}

	private void verify(SnapshotSummary snapshot) {
		SnapshotVerification result = snapshots.verify(snapshot.id());
		if (result.intact() && result.reproduced()) {
			status.setText(getTranslation("snapshot.verified.ok", date(snapshot.asOf()), snapshot.id()));
		}
		else if (!result.intact()) {
			status.setText(getTranslation("snapshot.verified.altered", date(snapshot.asOf()), snapshot.id()));
		}
		else {
			status.setText(getTranslation("snapshot.verified.differs", date(snapshot.asOf()), snapshot.id(),
					result.differences()));
		}
	}

	private void show(SnapshotSummary snapshot) {
		details.removeAll();
		details.add(new H2(getTranslation("snapshot.details", date(snapshot.asOf()), snapshot.id())));
		// the totals explained: who was known, who counts, and which moment they describe
		Paragraph explained = new Paragraph(
				getTranslation("snapshot.explained", snapshot.counted() + snapshot.excluded(),
						Dates.moment(snapshot.recordedBy(), getLocale()), snapshot.counted(), snapshot.excluded()));
		explained.setId("snapshot-explained");
		details.add(explained);
		if (partial(snapshot)) {
			Paragraph partial = new Paragraph(getTranslation("snapshot.partial-day", date(snapshot.asOf()),
					Dates.moment(snapshot.recordedBy(), getLocale())));
			partial.setId("snapshot-partial-day");
			details.add(partial);
		}
		Paragraph digest = new Paragraph(getTranslation("snapshot.digest", snapshot.digest()));
		// 64 characters without a space: it wraps on a phone instead of running off it
		digest.addClassName("ao-digest");
		details.add(digest);
		Anchor xlsx = download(snapshot, "xlsx", snapshots::xlsx);
		Anchor pdf = download(snapshot, "pdf", snapshots::pdf);
		Button verify = new Button(getTranslation("snapshot.verify"), click -> verify(snapshot));
		verify.setId("snapshot-verify-" + snapshot.id());
		verify.setAriaLabel(getTranslation("snapshot.verify.label", date(snapshot.asOf()), snapshot.id()));
		FlexLayout actions = new FlexLayout(xlsx, pdf, verify);
		actions.addClassNames("ao-buttons", "ao-snapshot-actions");
		details.add(actions);
		List<DepartmentFigures> rows = DepartmentFigures.of(snapshots.totals(snapshot.id()));
		Grid<DepartmentFigures> totals = new Grid<>();
		totals.setId("snapshot-totals");
		totals.setAriaLabel(getTranslation("snapshot.totals"));
		totals.addColumn(DepartmentFigures::department)
			.setHeader(getTranslation("snapshot.column.department"))
			.setAutoWidth(true);
		totals.addColumn(DepartmentFigures::counted).setHeader(getTranslation("snapshot.column.counted"));
		totals.addColumn(r -> r.counted() == 0 ? "–" : r.completed() + " (" + r.completedPercent() + "%)")
			.setHeader(getTranslation("snapshot.column.completed"));
		totals.addColumn(DepartmentFigures::late).setHeader(getTranslation("snapshot.column.late"));
		totals.addColumn(DepartmentFigures::excluded).setHeader(getTranslation("snapshot.column.excluded"));
		// the whole organisation last, as in the XLSX and the PDF
		List<DepartmentFigures> withTotal = new java.util.ArrayList<>(rows);
		withTotal.add(DepartmentFigures.sum(getTranslation("snapshot.doc.all"), rows));
		totals.setItems(withTotal);
		totals.setAllRowsVisible(true);
		details.add(WideGrid.hint(totals), totals);
	}

	private void refresh() {
		grid.setItems(snapshots.list());
	}

	/**
	 * The day the figures are of; one made before that day ended says so where the list
	 * is scanned: it holds the day up to its moment, not the day's end.
	 */
	private String asOf(SnapshotSummary snapshot) {
		return partial(snapshot) ? getTranslation("snapshot.as-of.partial", date(snapshot.asOf()), time(snapshot))
				: date(snapshot.asOf());
	}

	/** The day in the list, and below it whether the figures stop before its end. */
	private Span asOfCell(SnapshotSummary snapshot) {
		Span cell = new Span(date(snapshot.asOf()));
		cell.addClassName("ao-cell-wrap");
		if (partial(snapshot)) {
			Span note = new Span(getTranslation("snapshot.as-of.partial-note", time(snapshot)));
			note.addClassName("ao-cell-note");
			cell.add(note);
		}
		return cell;
	}

	/** Made before its day ended: it holds the day up to its moment. */
	private static boolean partial(SnapshotSummary snapshot) {
		return snapshot.recordedBy()
			.isBefore(snapshot.asOf().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant());
	}

	private String time(SnapshotSummary snapshot) {
		return DateTimeFormatter.ofPattern("H:mm", getLocale())
			.format(snapshot.recordedBy().atZone(TimeConfiguration.ZONE));
	}

	private String date(LocalDate date) {
		Locale locale = getLocale();
		return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
	}

	/** Who made a snapshot: a name where the user may see it, else the reference. */
	private String maker(String reference) {
		if (reference.equals("system")) {
			return getTranslation("snapshot.created-by.system");
		}
		return names.orderedStream()
			.map(bean -> bean.nameOf(reference))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElse(reference);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("snapshot.title") + " – " + getTranslation("app.name");
	}

}
