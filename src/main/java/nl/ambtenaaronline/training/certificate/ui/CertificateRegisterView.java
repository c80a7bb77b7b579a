package nl.ambtenaaronline.training.certificate.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.certificate.CertificateFilter;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateStatus;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.certificate.CertifiedCourse;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import nl.ambtenaaronline.training.shared.ui.WideGrid;

/**
 * Every issued certificate for HR, administrators and auditors: search, full status and
 * revocations with their reasons. HR and administrators download and revoke; auditors
 * only read.
 */
@Route("certificates/all")
@RolesAllowed({ Roles.HR, Roles.ADMIN, Roles.AUDITOR })
@Menu(title = "menu.certificate-register", order = 65)
class CertificateRegisterView extends Main implements HasDynamicTitle {

	private final CertificateService certificates;

	final TextField search = new TextField();

	final Grid<CertificateSummary> grid = new Grid<>();

	/** How many rows the list holds. */
	private final ListTotal total = new ListTotal();

	final ComboBox<CertifiedCourse> course = new ComboBox<>();

	final ComboBox<CertificateStatus> statusFilter = new ComboBox<>();

	/** How many of the search and training have each status. */
	final Paragraph statusCounts = new Paragraph();

	final Paragraph status = new Paragraph();

	private final boolean mayChange;

	CertificateRegisterView(CertificateService certificates, AccountService accounts) {
		this.certificates = certificates;
		this.mayChange = accounts.current().map(user -> user.has(Role.HR) || user.has(Role.ADMIN)).orElse(false);
		addClassName("ao-page");
		Locale locale = getLocale();
		search.setLabel(getTranslation("certificate-register.search"));
		search.setHelperText(getTranslation("certificate-register.search.help"));
		search.setId("certificate-search");
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.setClearButtonVisible(true);
		search.addValueChangeListener(event -> filtered());
		course.setLabel(getTranslation("certificate-register.course"));
		course.setId("certificate-course");
		course.setItems(certificates.certifiedCourses());
		course.setItemLabelGenerator(c -> c.title().in(locale));
		course.setPlaceholder(getTranslation("certificate-register.all-courses"));
		course.setClearButtonVisible(true);
		course.addValueChangeListener(event -> filtered());
		statusFilter.setLabel(getTranslation("certificate-register.status"));
		statusFilter.setId("certificate-status-filter");
		statusFilter.setItems(CertificateStatus.values());
		statusFilter.setItemLabelGenerator(s -> getTranslation("certificate.status." + s.name()));
		statusFilter.setPlaceholder(getTranslation("certificate-register.all-statuses"));
		statusFilter.setClearButtonVisible(true);
		statusFilter.addValueChangeListener(event -> filtered());
		statusCounts.setId("certificate-status-counts");

		grid.setId("certificates");
		grid.setAriaLabel(getTranslation("certificate-register.grid"));
		// the holder first: the column that stays in view while a phone scrolls sideways
		// (who it is); no width of its own: a long text (after the retention period the
		// name is erased, the certificate stays) wraps instead of pushing the actions out
		// of a wide screen
		grid.addColumn(c -> CertificateTexts.holder(this, c))
			.setHeader(getTranslation("certificate-register.column.holder"))
			.setFlexGrow(2);
		grid.addColumn(CertificateSummary::number)
			.setHeader(getTranslation("certificate-register.column.number"))
			.setAutoWidth(true);
		// the status right after the holder: on a phone it is in view without scrolling
		// sideways
		grid.addComponentColumn(this::statusOf).setHeader(getTranslation("certificate-register.column.status"));
		grid.addColumn(c -> CertificateTexts.course(this, c, locale))
			.setHeader(getTranslation("certificate-register.column.course"));
		grid.addColumn(c -> CertificateTexts.date(c.completedOn(), locale))
			.setHeader(getTranslation("certificate-register.column.completed"));
		grid.addColumn(c -> CertificateTexts.date(c.validUntil(), locale))
			.setHeader(getTranslation("certificate-register.column.valid-until"));
		grid.addColumn(CertificateSummary::verifications)
			.setHeader(getTranslation("certificate-register.column.verifications"));
		if (mayChange) {
			grid.addComponentColumn(this::actionsOf)
				.setHeader(getTranslation("certificate-register.column.actions"))
				.setAutoWidth(true);
		}
		total.fill(grid, query -> certificates.search(filter(), query.getOffset(), query.getLimit()).stream(),
				query -> (int) certificates.count(filter()));

		status.setId("certificate-status");
		status.getElement().setAttribute("role", "status");
		FlexLayout filters = new FlexLayout(search, course, statusFilter);
		filters.addClassName("ao-filters");
		add(new H1(getTranslation("certificate-register.title")),
				new Paragraph(getTranslation("certificate-register.intro")), status, filters, statusCounts, total,
				WideGrid.hint(grid), grid, total.more());
		countStatuses();
	}

	private CertificateFilter filter() {
		return new CertificateFilter(search.getValue(), course.getValue() == null ? null : course.getValue().id(),
				statusFilter.getValue());
	}

	/**
	 * The search and training's certificates per status, so the register can be set
	 * beside the report's "afgerond".
	 */
	private void countStatuses() {
		Map<CertificateStatus, Long> counts = certificates.countByStatus(filter());
		statusCounts.setText(getTranslation("certificate-register.status-counts", counts.get(CertificateStatus.VALID),
				counts.get(CertificateStatus.EXPIRED), counts.get(CertificateStatus.SUPERSEDED),
				counts.get(CertificateStatus.REVOKED)));
	}

	private Div statusOf(CertificateSummary certificate) {
		Div cell = new Div(CertificateTexts.status(this, certificate.status()));
		if (certificate.status() == CertificateStatus.REVOKED && certificate.revokedAt() != null) {
			LocalDate day = LocalDate.ofInstant(certificate.revokedAt(), TimeConfiguration.ZONE);
			cell.add(new Paragraph(getTranslation("certificate-register.revoked-detail",
					CertificateTexts.date(day, getLocale()), String.valueOf(certificate.revocationReason()))));
		}
		return cell;
	}

	private FlexLayout actionsOf(CertificateSummary certificate) {
		// the status column says revoked or superseded; such a PDF is not handed out
		FlexLayout actions = new FlexLayout(certificate.status().downloadable()
				? CertificateTexts.download(this, certificates, certificate) : new Span());
		actions.getStyle().set("gap", "0.5rem");
		if (certificate.status() != CertificateStatus.REVOKED) {
			Button revoke = new Button(getTranslation("certificate-register.revoke"),
					event -> new RevokeDialog(certificates, certificate, number -> {
						status.setText(getTranslation("certificate-register.revoked", number));
						refresh();
					}).open());
			revoke.setId("revoke-" + certificate.number());
			revoke.setAriaLabel(getTranslation("certificate-register.revoke.label", certificate.number(),
					CertificateTexts.holder(this, certificate)));
			actions.add(revoke);
		}
		else {
			actions.add(new Span());
		}
		return actions;
	}

	private void refresh() {
		total.refresh();
		countStatuses();
	}

	private void filtered() {
		total.restart();
		countStatuses();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate-register.title") + " – " + getTranslation("app.name");
	}

}
