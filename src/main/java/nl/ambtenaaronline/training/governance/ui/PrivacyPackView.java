package nl.ambtenaaronline.training.governance.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.governance.CategoryAccess;
import nl.ambtenaaronline.training.governance.InventoryRow;
import nl.ambtenaaronline.training.governance.PrivacyPack;
import nl.ambtenaaronline.training.governance.PrivacyPackService;
import nl.ambtenaaronline.training.governance.ProcessingRegister;
import nl.ambtenaaronline.training.governance.RetentionRow;
import nl.ambtenaaronline.training.governance.RouteAccess;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.shared.ui.WideGrid;
import org.jspecify.annotations.Nullable;

/**
 * The privacy pack for the privacy officer and the works council, generated from the live
 * configuration, with the same content as a PDF/A download.
 */
@Route("governance/privacy-pack")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.HR })
@Menu(title = "menu.privacy-pack", order = 95)
class PrivacyPackView extends Main implements HasDynamicTitle {

	PrivacyPackView(PrivacyPackService service) {
		addClassName("ao-page");
		addClassName("ao-privacy-pack");
		PrivacyPack pack = service.pack();
		ProcessingRegister register = pack.register();
		DateTimeFormatter format = Dates.momentFormat(getLocale());
		Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = service.pdf(getLocale());
			return new DownloadResponse(new ByteArrayInputStream(bytes), "privacy-pack.pdf", "application/pdf",
					bytes.length);
		}), getTranslation("governance.download"));
		pdf.setId("privacy-pack-pdf");
		pdf.addClassName("ao-download");
		add(new H1(getTranslation("governance.title", register.controller())),
				new Paragraph(getTranslation("governance.intro")),
				new Paragraph(getTranslation("governance.generated", format.format(pack.generatedAt()))), pdf);

		List<List<String>> registerRows = new ArrayList<>();
		registerRows.add(List.of(getTranslation("governance.register.controller"), register.controller()));
		registerRows.add(List.of(getTranslation("governance.register.contact"), register.contact()));
		registerRows.add(List.of(getTranslation("governance.register.purposes"), String.join("; ",
				register.purposes().stream().map(key -> getTranslation("governance.purpose." + key)).toList())));
		registerRows.add(List.of(getTranslation("governance.register.subjects"),
				getTranslation("governance.register.subjects.value")));
		registerRows.add(List.of(getTranslation("governance.register.categories"),
				String.join("; ",
						register.personalDataCategories()
							.stream()
							.map(key -> getTranslation("governance.category." + key))
							.toList())));
		registerRows.add(List.of(getTranslation("governance.register.recipients"), String.join(", ",
				register.recipientRoles().stream().map(role -> getTranslation("governance.role." + role)).toList())));
		registerRows.add(List.of(getTranslation("governance.register.transfers"),
				getTranslation("governance.register.transfers.value")));
		registerRows.add(List.of(getTranslation("governance.register.retention"), String.join("; ",
				register.retention().stream().map(row -> retentionLabel(row) + ": " + retention(row)).toList())));
		registerRows.add(List.of(getTranslation("governance.register.security"),
				getTranslation("governance.register.security.value")));
		add(section("register", "governance.register.title", null, registerRows));

		add(section("retention", "governance.retention.title",
				List.of(getTranslation("governance.retention.setting"), getTranslation("governance.retention.months"),
						getTranslation("governance.retention.code")),
				pack.retention()
					.stream()
					.map(row -> List.of(retentionLabel(row), retention(row), row.key()))
					.toList()));

		List<String> categoryHeader = new ArrayList<>();
		categoryHeader.add(getTranslation("governance.categories.category"));
		PrivacyPack.ROLES.forEach(role -> categoryHeader.add(getTranslation("governance.role." + role)));
		add(section("categories", "governance.categories.title", categoryHeader,
				pack.categories().stream().map(this::categoryRow).toList()));

		// what the administrator and the security officer check, after what the privacy
		// officer and the works council read
		H2 appendix = new H2(getTranslation("governance.appendix.title"));
		appendix.setId("pack-appendix");
		add(appendix, new Paragraph(getTranslation("governance.appendix.intro")));
		add(section(
				"routes", "governance.routes.title", List.of(getTranslation("governance.routes.route"),
						getTranslation("governance.routes.screen"), getTranslation("governance.routes.who")),
				pack.routes().stream().map(this::routeRow).toList()));

		List<String> missing = pack.missingPurposes();
		Section inventory = section("inventory", "governance.inventory.title",
				List.of(getTranslation("governance.inventory.column"), getTranslation("governance.inventory.type"),
						getTranslation("governance.inventory.category"),
						getTranslation("governance.inventory.purpose")),
				pack.inventory().stream().map(this::inventoryRow).toList());
		if (!missing.isEmpty()) {
			Paragraph warning = new Paragraph(
					getTranslation("governance.inventory.missing-count", missing.size(), String.join(", ", missing)));
			warning.setId("purposes-missing");
			warning.addClassName("ao-alert");
			inventory.addComponentAtIndex(1, warning);
		}
		add(inventory);
	}

	/** A retention setting in words, as the settings screen names it. */
	private String retentionLabel(RetentionRow row) {
		String label = getTranslation("setting." + row.key());
		return label.startsWith("!") ? row.key() : label;
	}

	private String retention(RetentionRow row) {
		return row.value() == null ? getTranslation("governance.retention.not-configured") : row.value();
	}

	private List<String> categoryRow(CategoryAccess category) {
		List<String> row = new ArrayList<>();
		row.add(getTranslation("governance.category." + category.category()));
		category.access().forEach(access -> row.add(getTranslation("governance.access." + access)));
		return row;
	}

	private List<String> routeRow(RouteAccess route) {
		return List.of("/" + route.route(), route.titleKey() == null ? "" : getTranslation(route.titleKey()),
				route.who(this::getTranslation));
	}

	private List<String> inventoryRow(InventoryRow row) {
		return List.of(row.qualifiedName(), row.type(),
				row.category() == null ? "" : getTranslation("governance.category." + row.category()),
				row.purpose() == null ? getTranslation("governance.inventory.missing")
						: getTranslation("governance.purpose." + row.purpose()));
	}

	/** A titled section with a plain HTML table (caption, header cells with scope). */
	private Section section(String id, String titleKey, @Nullable List<String> header, List<List<String>> rows) {
		Section section = new Section();
		section.setId("pack-" + id);
		H2 title = new H2(getTranslation(titleKey));
		NativeTable table = new NativeTable();
		table.setId("table-" + id);
		table.addClassName("ao-table");
		table.setCaptionText(getTranslation(titleKey));
		table.getCaption().addClassName("ao-visually-hidden");
		if (header != null) {
			NativeTableHeader head = table.getHead();
			NativeTableRow headRow = new NativeTableRow();
			header.forEach(text -> {
				NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
				cell.getElement().setAttribute("scope", "col");
				headRow.add(cell);
			});
			head.add(headRow);
		}
		NativeTableBody body = table.getBody();
		for (List<String> values : rows) {
			NativeTableRow row = new NativeTableRow();
			for (int i = 0; i < values.size(); i++) {
				if (header == null && i == 0) {
					NativeTableHeaderCell cell = new NativeTableHeaderCell(values.get(i));
					cell.getElement().setAttribute("scope", "row");
					row.add(cell);
				}
				else {
					row.add(new NativeTableCell(values.get(i)));
				}
			}
			body.add(row);
		}
		// on a phone the table scrolls sideways in its own box (reachable by keyboard)
		// instead of breaking its words letter by letter
		Div scroll = new Div(table);
		scroll.addClassName("ao-table-scroll");
		scroll.getElement().setAttribute("tabindex", "0");
		scroll.getElement().setAttribute("role", "region");
		scroll.getElement().setAttribute("aria-label", getTranslation(titleKey));
		section.add(title, WideGrid.phoneHint(this), scroll);
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.privacy-pack") + " – " + getTranslation("app.name");
	}

}
