package nl.ambtenaaronline.training.reporting;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.shared.UserNotice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ActionNeededNoticesTest {

	@Autowired
	ActionNeededNotices notices;

	@Autowired
	ReportingService reporting;

	@Test
	@WithUserDetails("hr")
	void hrReadsOnTheStartPageHowManyMustActAndHowManyAreLateWithALinkToActionNeeded() {
		String course = reporting.courses().getFirst().id();
		long people = reporting
			.count(ReportFilter.of(course).withStatuses(ReportFilter.ACTION_NEEDED).withAttemptsUsedUp(true));
		Dashboard dashboard = reporting.dashboard(ReportFilter.of(course));
		long late = dashboard.overall().count(AssignmentStatus.OVERDUE)
				+ dashboard.overall().count(AssignmentStatus.EXPIRED);
		assertThat(people).as("the demo has people who must act").isPositive();

		UserNotice notice = notices.noticesForCurrentUser("")
			.stream()
			.filter(each -> each.id().equals("action-needed"))
			.findFirst()
			.orElseThrow();
		assertThat(notice.arguments()).containsExactly(Long.toString(people), Long.toString(late));
		assertThat(notice.route()).isEqualTo("reports");
		assertThat(notice.messageKey()).isEqualTo("reports.notice.action-needed");
		assertThat(notices.noticesForCurrentUser("reports")).as("only on the start page").isEmpty();
	}

	@Test
	@WithUserDetails("auditor")
	void theAuditorReadsTheSameFigureWithoutBeingToldToAct() {
		assertThat(notices.noticesForCurrentUser("")).singleElement().satisfies(notice -> {
			assertThat(notice.id()).isEqualTo("action-needed");
			assertThat(notice.messageKey()).isEqualTo("reports.notice.action-needed-read");
			assertThat(notice.route()).isEqualTo("reports");
		});
	}

	@Test
	@WithUserDetails("manager")
	void aManagerReadsHowManyOfTheTeamMustActWithALinkToTheTeam() {
		String course = reporting.courses().getFirst().id();
		Dashboard team = reporting.teamDashboard(course);
		long people = ReportFilter.ACTION_NEEDED.stream().mapToLong(team.overall()::count).sum();
		assertThat(people).as("the demo manager's team has people who must act").isPositive();

		assertThat(notices.noticesForCurrentUser("")).singleElement().satisfies(notice -> {
			assertThat(notice.id()).isEqualTo("team-action-needed");
			assertThat(notice.arguments().getFirst()).isEqualTo(Long.toString(people));
			assertThat(notice.route()).isEqualTo("team");
		});
		assertThat(notices.noticesForCurrentUser("team")).isEmpty();
	}

	@Test
	@WithUserDetails("medewerker")
	void anEmployeeWithoutATeamReadsNothing() {
		assertThat(notices.noticesForCurrentUser("")).isEmpty();
	}

}
