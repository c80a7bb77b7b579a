package nl.ambtenaaronline.training.audit.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
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
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditEntry;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.audit.ChainCheck;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

/** The audit trail, filterable and paged in the database, with the hash-chain check. */
@Route("audit")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
@Menu(title = "menu.audit", order = 90)
class AuditLogView extends Main implements HasDynamicTitle {

	private final AuditService audit;

	private final TextField action = new TextField();

	private final TextField actor = new TextField();

	private final TextField subject = new TextField();

	private final Paragraph chainResult = new Paragraph();

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
			field.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
		}
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
		grid.setItems(query -> audit.search(filter(), query.getOffset(), query.getLimit()).stream(),
				query -> (int) audit.count(filter()));

		Button check = new Button(getTranslation("audit.check"), event -> showCheck(audit.verifyChain()));
		check.setId("check-chain");
		chainResult.setId("chain-result");
		chainResult.getElement().setAttribute("role", "status");

		FlexLayout filters = new FlexLayout(action, actor, subject);
		filters.addClassName("ao-filters");
		add(new H1(getTranslation("audit.title")), check, chainResult, filters, grid);
	}

	private AuditFilter filter() {
		return new AuditFilter(action.getValue(), actor.getValue(), subject.getValue());
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
