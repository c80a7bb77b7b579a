package nl.ambtenaaronline.training.governance.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.governance.AccessReviewService;
import nl.ambtenaaronline.training.governance.AccessReviewSignOff;
import nl.ambtenaaronline.training.governance.AccessReviewStatus;
import nl.ambtenaaronline.training.governance.RoleHolding;
import nl.ambtenaaronline.training.security.GrantNotice;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.ui.WideGrid;
import nl.ambtenaaronline.training.shared.Dates;

/**
 * The access review (BIO): who holds HR, ADMIN and AUDITOR, since when and granted by
 * whom; the entries for newly granted roles; the quarterly "reviewed" sign-off.
 * Administrators sign off and mark entries as seen; auditors read.
 */
@Route("admin/access-review")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
@Menu(title = "menu.access-review", order = 82)
class AccessReviewView extends Main implements HasDynamicTitle {

	private final AccessReviewService reviews;

	private final boolean admin;

	private final DateTimeFormatter format;

	/**
	 * Who holds which role, read once: the list and the self-review note both show it.
	 */
	private final List<RoleHolding> holdings;

	/** Whether this quarter's review is signed off: on top, for who reads along. */
	private final Div state = new Div();

	/** Signing off and the earlier sign-offs: below the lists that are reviewed. */
	private final Section status = new Section();

	private final Section grants = new Section();

	AccessReviewView(AccessReviewService reviews) {
		this.reviews = reviews;
		this.admin = SignedIn.hasAnyRole(Role.ADMIN);
		this.holdings = reviews.holdings();
		this.format = Dates.momentFormat(getLocale());
		addClassName("ao-page");
		status.setId("review-status");
		grants.setId("grant-notices");
		// who signs off and who reads along, said to both
		Paragraph owner = new Paragraph(getTranslation("access-review.owner"));
		owner.setId("review-owner");
		add(new H1(getTranslation("access-review.title")), new Paragraph(getTranslation("access-review.intro")), owner,
				state, grants, holdings(), status);
		showStatus();
		showGrants();
	}

	private void showStatus() {
		status.removeAll();
		state.removeAll();
		AccessReviewStatus current = reviews.status();
		Paragraph line = new Paragraph();
		line.setId("review-state");
		line.getElement().setAttribute("role", "status");
		if (current.due()) {
			line.setText(getTranslation("access-review.due", current.quarter()));
			line.addClassName("ao-alert");
		}
		else {
			AccessReviewSignOff last = current.signOffs().getFirst();
			line.setText(getTranslation("access-review.done", current.quarter(), last.reviewedBy(),
					format.format(last.reviewedAt())));
			line.addClassName("ao-ok");
		}
		state.add(line);
		List<AccessReviewSignOff> history = current.signOffs();
		// a heading only above something: the form (administrators) or earlier sign-offs
		if (admin || !history.isEmpty()) {
			status.add(new H2(getTranslation("access-review.sign-off.title")));
		}
		if (admin) {
			// reviewing one's own grant is allowed (there may be one administrator) but
			// said
			List<String> own = holdings.stream()
				.filter(holding -> holding.username().equals(SecurityContexts.authentication().getName()))
				.map(holding -> role(holding.role()))
				.toList();
			if (!own.isEmpty()) {
				Paragraph self = new Paragraph(getTranslation("access-review.self", String.join(", ", own)));
				self.setId("review-self");
				self.addClassName("ao-alert");
				status.add(self);
			}
			TextArea remark = new TextArea(getTranslation("access-review.remark"));
			remark.setId("review-remark");
			remark.setMaxLength(AccessReviewService.MAX_REMARK);
			remark.setHelperText(getTranslation("access-review.remark.help"));
			remark.setWidthFull();
			Button signOff = new Button(getTranslation("access-review.sign-off"), event -> {
				try {
					reviews.signOff(remark.getValue());
					showStatus();
				}
				catch (IllegalArgumentException ex) {
					remark.setInvalid(true);
					remark.setErrorMessage(getTranslation(ex.getMessage()));
				}
			});
			signOff.setId("review-sign-off");
			signOff.addThemeVariants(ButtonVariant.PRIMARY);
			status.add(remark, signOff);
		}
		if (!history.isEmpty()) {
			Grid<AccessReviewSignOff> grid = new Grid<>();
			grid.setId("review-history");
			grid.setAriaLabel(getTranslation("access-review.history"));
			grid.addColumn(AccessReviewSignOff::quarter).setHeader(getTranslation("access-review.quarter"));
			grid.addColumn(signOff -> format.format(signOff.reviewedAt()))
				.setHeader(getTranslation("access-review.when"));
			grid.addColumn(AccessReviewSignOff::reviewedBy).setHeader(getTranslation("access-review.who"));
			grid.addColumn(AccessReviewSignOff::holdings).setHeader(getTranslation("access-review.holdings"));
			grid.addColumn(AccessReviewSignOff::remark).setHeader(getTranslation("access-review.remark"));
			grid.setItems(history);
			grid.setAllRowsVisible(true);
			status.add(new H2(getTranslation("access-review.history")), grid);
		}
	}

	private void showGrants() {
		grants.removeAll();
		int unseen = reviews.unseenGrantCount();
		Span badge = new Span(getTranslation("access-review.grants.unseen", unseen));
		badge.setId("grant-badge");
		badge.addClassName("ao-badge");
		H2 heading = new H2(getTranslation("access-review.grants.title") + " ");
		heading.add(badge);
		grants.add(heading);
		List<GrantNotice> notices = reviews.grantNotices(false, 50);
		if (notices.isEmpty()) {
			grants.add(new Paragraph(getTranslation("access-review.grants.none")));
			return;
		}
		Grid<GrantNotice> grid = new Grid<>();
		grid.setId("grant-list");
		grid.setAriaLabel(getTranslation("access-review.grants.title"));
		grid.addColumn(notice -> notice.seenAt() == null ? getTranslation("access-review.grants.new") : "")
			.setHeader(getTranslation("access-review.grants.state"))
			.setAutoWidth(true);
		grid.addColumn(notice -> format.format(notice.grantedAt())).setHeader(getTranslation("access-review.when"));
		grid.addColumn(GrantNotice::account).setHeader(getTranslation("accounts.username"));
		grid.addColumn(notice -> role(notice.role())).setHeader(getTranslation("access-review.role"));
		grid.addColumn(notice -> source(notice.source().name(), notice.grantedBy()))
			.setHeader(getTranslation("access-review.source"));
		grid.addColumn(notice -> by(notice.grantedBy())).setHeader(getTranslation("access-review.granted-by"));
		grid.setItems(notices);
		grid.setAllRowsVisible(true);
		grants.add(WideGrid.hint(grid), grid);
		if (admin && unseen > 0) {
			Button seen = new Button(getTranslation("access-review.grants.mark-seen"), event -> {
				reviews.markGrantsSeen();
				showGrants();
			});
			seen.setId("grants-seen");
			grants.add(seen);
		}
	}

	private Section holdings() {
		Section section = new Section();
		section.setId("role-holdings");
		Grid<RoleHolding> grid = new Grid<>();
		grid.setId("holdings");
		grid.setAriaLabel(getTranslation("access-review.holdings.title"));
		grid.addColumn(holding -> role(holding.role())).setHeader(getTranslation("access-review.role"));
		grid.addColumn(RoleHolding::username).setHeader(getTranslation("accounts.username"));
		grid.addColumn(RoleHolding::employeeNumber).setHeader(getTranslation("accounts.employee-number"));
		grid.addColumn(RoleHolding::displayName).setHeader(getTranslation("accounts.name"));
		grid.addColumn(holding -> format.format(holding.since())).setHeader(getTranslation("access-review.since"));
		grid.addColumn(holding -> by(holding.grantedBy())).setHeader(getTranslation("access-review.granted-by"));
		grid.addColumn(holding -> source(holding.source().name(), holding.grantedBy()))
			.setHeader(getTranslation("access-review.source"));
		grid.addColumn(
				holding -> getTranslation(holding.enabled() ? "access-review.enabled.yes" : "access-review.enabled.no"))
			.setHeader(getTranslation("access-review.enabled"));
		grid.setItems(holdings);
		grid.setAllRowsVisible(true);
		section.add(new H2(getTranslation("access-review.holdings.title")), WideGrid.hint(grid), grid);
		return section;
	}

	/**
	 * Where a role came from in words: granted in the app, at the installation (granted
	 * by the system, no person), or the city's groups at sign-in; never two answers in
	 * one row.
	 */
	private String source(String source, String grantedBy) {
		return getTranslation("access-review.source."
				+ ("GRANT".equals(source) && "system".equals(grantedBy) ? "INSTALLATION" : source));
	}

	/** A role in words. */
	private String role(Role role) {
		return getTranslation("access-review.role." + role.name());
	}

	/**
	 * Who granted a role in words: an administrator's user name as it is, the system (the
	 * installation's first administrator, or a task without a person) and the city's
	 * groups at sign-in said as such.
	 */
	private String by(String grantedBy) {
		if ("system".equals(grantedBy)) {
			return getTranslation("access-review.by.system");
		}
		if (grantedBy.startsWith("groups=")) {
			return getTranslation("access-review.by.groups", grantedBy.substring("groups=".length()));
		}
		return grantedBy;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("access-review.title") + " – " + getTranslation("app.name");
	}

}
