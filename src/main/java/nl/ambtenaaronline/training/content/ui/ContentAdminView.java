package nl.ambtenaaronline.training.content.ui;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.shared.ui.WideGrid;
import nl.ambtenaaronline.training.content.ContentProblem;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.ContentSourceInfo;
import nl.ambtenaaronline.training.content.LoadedVersion;
import nl.ambtenaaronline.training.content.ReloadResult;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.Dates;

/**
 * The administrator's content screen: where content comes from, the versions loaded on
 * this server, and the reload that validates first and keeps the current content when the
 * new content has problems.
 */
@Route("admin/content")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.content", order = 87)
class ContentAdminView extends Main implements HasDynamicTitle {

	private final ContentService content;

	private final Grid<LoadedVersion> versions = new Grid<>();

	private final Paragraph status = new Paragraph();

	private final H2 problemsHeading = new H2();

	private final OrderedList problems = new OrderedList();

	ContentAdminView(ContentService content) {
		this.content = content;
		addClassName("ao-page");
		ContentSourceInfo source = content.source();
		Paragraph sourceText = new Paragraph(
				source.bundled() ? getTranslation("content.source.bundled", source.configured())
						: getTranslation("content.source.folder", source.folder()));
		sourceText.setId("content-source");

		DateTimeFormatter format = Dates.momentFormat(getLocale());
		versions.setId("content-versions");
		versions.setAriaLabel(getTranslation("content.versions"));
		versions.addColumn(LoadedVersion::courseId).setHeader(getTranslation("content.course")).setAutoWidth(true);
		versions.addColumn(version -> version.version().toString())
			.setHeader(getTranslation("content.version"))
			.setAutoWidth(true);
		versions
			.addColumn(version -> getTranslation(version.current() ? "content.status.current" : "content.status.kept"))
			.setHeader(getTranslation("content.status"));
		versions.addColumn(version -> format.format(version.loadedAt())).setHeader(getTranslation("content.loaded-at"));
		versions.addColumn(version -> version.contentHash().substring(0, 12))
			.setHeader(getTranslation("content.hash"))
			.setAutoWidth(true);
		versions.setAllRowsVisible(true);

		Button reload = new Button(getTranslation("content.reload"), event -> reload());
		reload.setId("reload-content");
		reload.addThemeVariants(ButtonVariant.PRIMARY);
		reload.setDisableOnClick(true);
		reload.addClickListener(event -> reload.setEnabled(true));

		status.setId("reload-status");
		status.getElement().setAttribute("role", "status");
		status.getElement().setAttribute("aria-live", "polite");
		problemsHeading.setText(getTranslation("content.problems"));
		problemsHeading.setId("reload-problems-heading");
		problemsHeading.setVisible(false);
		problems.setId("reload-problems");
		problems.addClassName("ao-content-problems");
		problems.setVisible(false);

		add(new H1(getTranslation("content.title")), new Paragraph(getTranslation("content.intro")), sourceText,
				new H2(getTranslation("content.versions")), WideGrid.hint(versions), versions, reload, status,
				problemsHeading, problems);
		refresh();
	}

	private void reload() {
		ReloadResult result = content.reload();
		problems.removeAll();
		if (result.success()) {
			status.setText(result.changes().isEmpty() ? getTranslation("content.reload.unchanged")
					: getTranslation("content.reload.changed",
							result.changes()
								.stream()
								.map(change -> change.courseId() + " " + change.to())
								.collect(Collectors.joining(", "))));
		}
		else {
			status.setText(getTranslation("content.reload.failed", String.valueOf(result.problems().size())));
			for (ContentProblem problem : result.problems()) {
				problems.add(new ListItem(problem.course() + "/" + problem.where() + ": "
						+ getTranslation(problem.key(), problem.args().toArray())));
			}
		}
		problemsHeading.setVisible(!result.success());
		problems.setVisible(!result.success());
		refresh();
	}

	private void refresh() {
		versions.setItems(content.loadedVersions());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("content.title") + " – " + getTranslation("app.name");
	}

}
