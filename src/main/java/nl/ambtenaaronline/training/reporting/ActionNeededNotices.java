package nl.ambtenaaronline.training.reporting;

import java.util.ArrayList;
import java.util.List;

import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.UserNotice;
import nl.ambtenaaronline.training.shared.UserNoticeSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the start page ("Mijn training"), above the own course: who must act. HR,
 * administrators and auditors read how many people "Actie nodig" lists and how many of
 * them are late, with a link to it; a manager the same of their team, with a link to
 * "Mijn team". Nothing when nobody must act, and nothing on other pages (the reports and
 * the team page say it themselves).
 */
@Component
@Order(5)
class ActionNeededNotices implements UserNoticeSource {

	/** The route of the reports, "Actie nodig" on top. */
	static final String REPORTS = "reports";

	/** The route of a manager's team. */
	static final String TEAM = "team";

	private final ReportingService reporting;

	ActionNeededNotices(ReportingService reporting) {
		this.reporting = reporting;
	}

	@Override
	public List<UserNotice> noticesForCurrentUser(String path) {
		return path.isEmpty() ? noticesForCurrentUser() : List.of();
	}

	/** The start page's notices. */
	@Override
	public List<UserNotice> noticesForCurrentUser() {
		boolean overseer = SignedIn.hasAnyRole(Role.HR, Role.ADMIN, Role.AUDITOR);
		boolean manager = SignedIn.hasAnyRole(Role.MANAGER);
		if (!overseer && !manager) {
			return List.of();
		}
		List<Course> courses = reporting.courses();
		if (courses.isEmpty()) {
			return List.of();
		}
		String course = courses.getFirst().id();
		List<UserNotice> notices = new ArrayList<>();
		if (overseer) {
			// the same count as "Actie nodig" itself
			long people = reporting
				.count(ReportFilter.of(course).withStatuses(ReportFilter.ACTION_NEEDED).withAttemptsUsedUp(true));
			if (people > 0) {
				// who only reads (the auditor) is told the figure, not to act on it
				String key = SignedIn.hasAnyRole(Role.HR, Role.ADMIN) ? "reports.notice.action-needed"
						: "reports.notice.action-needed-read";
				notices.add(new UserNotice("action-needed", UserNotice.Level.INFO, key, List.of(Long.toString(people),
						Long.toString(late(reporting.dashboard(ReportFilter.of(course))))), REPORTS));
			}
		}
		if (manager) {
			Dashboard team = reporting.teamDashboard(course);
			long people = ReportFilter.ACTION_NEEDED.stream().mapToLong(team.overall()::count).sum();
			if (people > 0) {
				notices.add(new UserNotice("team-action-needed", UserNotice.Level.INFO, "team.notice.action-needed",
						List.of(Long.toString(people), Long.toString(late(team))), TEAM));
			}
		}
		return notices;
	}

	private static long late(Dashboard dashboard) {
		return dashboard.overall().count(AssignmentStatus.OVERDUE)
				+ dashboard.overall().count(AssignmentStatus.EXPIRED);
	}

}
