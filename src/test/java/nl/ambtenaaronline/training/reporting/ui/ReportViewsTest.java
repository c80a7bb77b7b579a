package nl.ambtenaaronline.training.reporting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.assignment.AssignmentStatus;
import nl.ambtenaaronline.training.assignment.OverrideReason;
import nl.ambtenaaronline.training.reminder.ManualReminderService;
import nl.ambtenaaronline.training.reminder.ReminderKind;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.learning.AttemptView;
import nl.ambtenaaronline.training.learning.AssessmentService;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.audit.AuditFilter;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.employee.DepartmentSummary;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.RosterFilter;
import nl.ambtenaaronline.training.reporting.CompletionTrend;
import nl.ambtenaaronline.training.reporting.ReportFilter;
import nl.ambtenaaronline.training.reporting.ReportRow;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The reporting screens without a browser, per role. */
class ReportViewsTest {

	static final String COURSE = "social-media";

	@Nested
	@IntegrationTest
	@WithUserDetails("hr")
	class Hr extends SpringBrowserlessTest {

		@Autowired
		ReportingService reporting;

		@Autowired
		EmployeeService employees;

		@Autowired
		AuditService audit;

		@Autowired
		AssignmentService assignments;

		@Autowired
		AccountService accountService;

		@Autowired
		AuthenticationProvider provider;

		@Autowired
		LearningService learning;

		@Autowired
		AssessmentService assessment;

		@SuppressWarnings("unchecked")
		private Grid<ReportRow> grid() {
			return $(Grid.class).id("report-grid");
		}

		@Test
		@SuppressWarnings("unchecked")
		void theDashboardShowsFiguresAndTheGridFollowsTheDepartmentFilter() {
			navigate(ReportsView.class);
			assertThat(test(grid()).size()).isEqualTo((int) reporting.count(ReportFilter.of(COURSE)));
			assertThat($(NativeTable.class).id("report-figures").getElement().getText()).isNotNull();
			assertThat($(Paragraph.class).id("report-summary").getText())
				.startsWith(Long.toString(reporting.count(ReportFilter.of(COURSE))));

			ComboBox<DepartmentSummary> department = $(ComboBox.class).id("report-department");
			DepartmentSummary com = employees.departments()
				.stream()
				.filter(d -> d.code().equals("COM"))
				.findFirst()
				.orElseThrow();
			department.setValue(com);
			int rows = test(grid()).size();
			assertThat(rows).isEqualTo((int) reporting.count(ReportFilter.of(COURSE).withDepartment("COM")))
				.isPositive();
			for (int i = 0; i < rows; i++) {
				assertThat(test(grid()).getRow(i).departmentCode()).isEqualTo("COM");
			}
		}

		@Test
		@SuppressWarnings("unchecked")
		void theCompletionTrendIsAnSvgImageWithTitleAndDescriptionBesideItsTableAndFollowsTheDepartment() {
			navigate(ReportsView.class);
			CompletionTrend trend = reporting.completionTrend(ReportFilter.of(COURSE));
			String svg = trendSvg();
			assertThat(svg)
				.contains("<svg", "role=\"img\"", "aria-labelledby=\"trend-title trend-desc\"",
						"<title id=\"trend-title\">Verloop van het aandeel afgerond per week</title>",
						"<desc id=\"trend-desc\">Alle afdelingen: van ", "id=\"trend-overall\"")
				.doesNotContain("trend-department");
			NativeTable table = $(NativeTable.class).id("report-trend-figures");
			assertThat(table.getElement().getChild(2).getChildCount()).as("a row per week")
				.isEqualTo(trend.weeks().size());
			CompletionTrend.Week current = trend.weeks()
				.stream()
				.filter(week -> !week.ahead())
				.reduce((a, b) -> b)
				.orElseThrow();
			assertThat(table.getElement().getTextRecursively()).contains(current.overall().percent() + "% ("
					+ current.overall().completed() + " van " + current.overall().total() + ")");

			ComboBox<DepartmentSummary> department = $(ComboBox.class).id("report-department");
			department.setValue(
					employees.departments().stream().filter(d -> d.code().equals("COM")).findFirst().orElseThrow());
			assertThat(trendSvg()).contains("id=\"trend-department\"", "Communicatie: van ");
			assertThat($(NativeTable.class).id("report-trend-figures").getElement().getTextRecursively())
				.contains("Communicatie");
		}

		private String trendSvg() {
			return $(Div.class).id("report-trend")
				.getChildren()
				.filter(Html.class::isInstance)
				.map(html -> ((Html) html).getInnerHtml())
				.findFirst()
				.orElseThrow(() -> new AssertionError("no chart in the trend"));
		}

		@Test
		void aStartRangeEndingBeforeItBeginsIsRefusedWithAClearMessage() {
			navigate(ReportsView.class);
			test($(DatePicker.class).id("report-start-from")).setValue(LocalDate.of(2025, 6, 1));
			test($(DatePicker.class).id("report-start-to")).setValue(LocalDate.of(2025, 5, 1));
			Paragraph problem = $(Paragraph.class).id("report-problem");
			assertThat(problem.isVisible()).isTrue();
			assertThat(problem.getText()).contains("einddatum");
		}

		@Test
		void openingAPersonShowsTheirRecordAndIsAudited() {
			EmployeeSummary person = employees.find(new RosterFilter("", "WON", false), 0, 1).getFirst();
			long before = SystemAuthentication
				.call(() -> audit.count(new AuditFilter("report.person-opened", null, "employee:" + person.id())));
			navigate(PersonReportView.class, Map.of("employeeId", Long.toString(person.id())));
			assertThat($(H1.class).id("person-name").getText()).isEqualTo(person.displayName());
			assertThat($(Grid.class).id("person-assignments")).isNotNull();
			assertThat($(Grid.class).id("person-trail")).isNotNull();
			long after = SystemAuthentication
				.call(() -> audit.count(new AuditFilter("report.person-opened", null, "employee:" + person.id())));
			assertThat(after).isGreaterThan(before);
		}

		@Test
		void theRecordSaysWhenSomeoneUsedEveryAttemptAndHrGrantsAnExtraOneThere() {
			Learners learners = new Learners(employees, accountService, provider);
			String stuck = learners.create("stuck");
			long employeeId = learners.as(stuck, () -> {
				Course course = learning.course(COURSE);
				Learners.prepareAssessment(learning, course);
				for (int i = 0; i < course.assessment().maxAttempts(); i++) {
					AttemptView attempt = assessment.openAttempt(COURSE);
					Learners.answerAll(assessment, course, attempt, false);
					assessment.submit(attempt.attemptId());
				}
				return accountService.current().orElseThrow().employeeId();
			});
			navigate(PersonReportView.class, Map.of("employeeId", Long.toString(employeeId)));
			assertThat($(Paragraph.class).id("person-attempts-used-" + COURSE).getText()).contains("3 van 3",
					"geen poging meer over");

			test($(Button.class).id("person-extra-attempt-" + COURSE)).click();
			assertThat($(Paragraph.class).id("person-message").getText()).isEqualTo("Extra toetspoging toegestaan.");
			assertThat($(Paragraph.class).withId("person-attempts-used-" + COURSE).exists()).isFalse();
			// the learner can start a fourth attempt now
			assertThat(learners.as(stuck, () -> assessment.openAttempt(COURSE).attemptNo())).isEqualTo(4);
		}

		@Test
		@SuppressWarnings("unchecked")
		void actionNeededListsOnlyLateExpiredAndAtRiskPeopleLateOnesFirst() {
			navigate(ReportsView.class);
			Grid<ReportRow> actions = $(Grid.class).id("action-grid");
			int rows = test(actions).size();
			assertThat(rows).isPositive()
				.isEqualTo((int) reporting.count(ReportFilter.of(COURSE).withStatuses(ReportFilter.ACTION_NEEDED)));
			List<AssignmentStatus> statuses = new java.util.ArrayList<>();
			for (int i = 0; i < rows; i++) {
				statuses.add(test(actions).getRow(i).status());
			}
			assertThat(statuses).containsAnyOf(AssignmentStatus.OVERDUE)
				.containsAnyOf(AssignmentStatus.DUE_SOON)
				.allMatch(ReportFilter.ACTION_NEEDED::contains);
			int lastLate = Math.max(statuses.lastIndexOf(AssignmentStatus.OVERDUE),
					statuses.lastIndexOf(AssignmentStatus.EXPIRED));
			assertThat(lastLate).isLessThan(statuses.indexOf(AssignmentStatus.DUE_SOON));
			assertThat($(NativeTable.class).id("overview-table").getElement().getTextRecursively()).contains("Te laat",
					"Risico", "Eerstvolgende uiterste datum");
		}

		@Test
		void hrLandsOnActionNeededFromTheStartPageOnceAndReachesTheirOwnTrainingAfterwards() {
			// the test UI opened the start page for the signed-in HR user: the reports
			assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ReportsView.class);
			// "Actie nodig" comes before the figures per department
			String text = $(ActionNeeded.class).single().getElement().getTextRecursively();
			assertThat(text.indexOf("Actie nodig")).isNotNegative().isLessThan(text.indexOf("Overzicht per afdeling"));
			// later in the session the start page is their own training again
			UI.getCurrent().navigate("");
			assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("MyTrainingView");
		}

		@Test
		@SuppressWarnings("unchecked")
		void oneClickSelectsEveryLatePersonAndNobodyAtRiskAndAnotherClearsIt() {
			navigate(ReportsView.class);
			Grid<ReportRow> actions = $(Grid.class).id("action-grid");
			long late = reporting.count(ReportFilter.of(COURSE)
				.withStatuses(java.util.EnumSet.of(AssignmentStatus.OVERDUE, AssignmentStatus.EXPIRED)));
			assertThat(late).isGreaterThan(1);
			test($(Button.class).id("action-select-late")).click();
			assertThat(actions.getSelectedItems()).hasSize((int) late)
				.allMatch(row -> row.status() == AssignmentStatus.OVERDUE || row.status() == AssignmentStatus.EXPIRED);
			assertThat($(Paragraph.class).id("action-message").getText()).isEqualTo(late + " personen geselecteerd.");
			test($(Button.class).id("action-select-none")).click();
			assertThat(actions.getSelectedItems()).isEmpty();
			assertThat($(Paragraph.class).id("action-message").getText()).isEqualTo("Niemand geselecteerd.");
		}

		@Test
		@SuppressWarnings("unchecked")
		void hrExtendsALatePersonFromActionNeededAndTheStatusChanges() {
			navigate(ReportsView.class);
			Grid<ReportRow> actions = $(Grid.class).id("action-grid");
			int row = 0;
			while (test(actions).getRow(row).status() != AssignmentStatus.OVERDUE) {
				row++;
			}
			ReportRow late = test(actions).getRow(row);
			long assignment = SystemAuthentication.call(() -> assignments.currentOf(late.employeeId()))
				.stream()
				.filter(a -> a.open() && a.courseId().equals(COURSE))
				.findFirst()
				.orElseThrow()
				.id();
			FlexLayout buttons = (FlexLayout) test(actions).getCellComponent(row, "actions");
			Button extend = buttons.getChildren()
				.map(Button.class::cast)
				.filter(b -> b.getId().orElse("").equals("extend-" + assignment))
				.findFirst()
				.orElseThrow();
			ComponentUtil.fireEvent(extend, new ClickEvent<>(extend));
			$(RadioButtonGroup.class).id("override-reason").setValue(OverrideReason.WORKLOAD);
			test($(Button.class).id("override-save")).click();

			assertThat($(Paragraph.class).id("action-message").getText()).startsWith("Termijn verlengd tot ");
			assertThat(SystemAuthentication.call(() -> assignments.currentOf(late.employeeId()))
				.stream()
				.filter(a -> a.id() == assignment)
				.findFirst()
				.orElseThrow()
				.status()).isNotIn(ReportFilter.ACTION_NEEDED);
		}

		@Test
		@SuppressWarnings("unchecked")
		void theStatusFilterTakesSeveralStatusesAndTheAddressKeepsIt() {
			navigate(ReportsView.class);
			UI.getCurrent().navigate("reports", QueryParameters.fromString("status=OVERDUE,DUE_SOON&department=COM"));
			MultiSelectComboBox<AssignmentStatus> status = $(MultiSelectComboBox.class).id("report-status");
			assertThat(status.getValue()).containsExactlyInAnyOrder(AssignmentStatus.OVERDUE,
					AssignmentStatus.DUE_SOON);
			int rows = test(grid()).size();
			assertThat(rows).isPositive()
				.isEqualTo((int) reporting.count(ReportFilter.of(COURSE)
					.withDepartment("COM")
					.withStatuses(java.util.Set.of(AssignmentStatus.OVERDUE, AssignmentStatus.DUE_SOON))));
			for (int i = 0; i < rows; i++) {
				assertThat(test(grid()).getRow(i).status()).isIn(AssignmentStatus.OVERDUE, AssignmentStatus.DUE_SOON);
			}
			RouterLink person = (RouterLink) test(grid()).getCellComponent(0, 1);
			assertThat(person.getHref()).contains("status=OVERDUE").contains("department=COM");
			String[] href = person.getHref().split("\\?", 2);
			UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));
			assertThat(getCurrentView()).isInstanceOf(PersonReportView.class);
			assertThat($(RouterLink.class).id("person-back").getHref()).startsWith("reports?")
				.contains("department=COM")
				.contains("status=OVERDUE");
		}

		@Test
		void anUnknownPersonGivesAClearMessage() {
			navigate(PersonReportView.class, Map.of("employeeId", "999999999"));
			assertThat($(Paragraph.class).id("person-not-found").getText()).isNotBlank();
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("auditor")
	class Auditor extends SpringBrowserlessTest {

		@Test
		void theAuditorReadsTheDashboardWithoutAnyButtonThatChangesSomething() {
			navigate(ReportsView.class);
			assertThat($(Grid.class).id("report-grid")).isNotNull();
			assertThat($view(Button.class).all()).isEmpty();
			assertThat($(Anchor.class).all()).extracting(Anchor::getId)
				.map(id -> id.orElse(""))
				.contains("report-export-csv", "report-export-xlsx");
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("manager")
	class Manager extends SpringBrowserlessTest {

		@Test
		void aManagerStillLandsOnTheirOwnTraining() {
			assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("MyTrainingView");
			UI.getCurrent().navigate("");
			assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("MyTrainingView");
		}

		@Autowired
		EmployeeService employees;

		@Autowired
		AccountService accounts;

		@Autowired
		ReportingService reporting;

		@Autowired
		ManualReminderService manual;

		@Autowired
		ReminderService reminderService;

		@Test
		@SuppressWarnings("unchecked")
		void theManagerSeesExactlyTheirDirectReports() {
			long me = accounts.current().orElseThrow().employeeId();
			List<Long> reports = SystemAuthentication
				.call(() -> employees.find(new RosterFilter("", null, true), 0, 10_000))
				.stream()
				.filter(e -> e.managerId() != null && e.managerId() == me)
				.map(EmployeeSummary::id)
				.toList();
			assertThat(reports).isNotEmpty();
			SystemAuthentication.run(() -> reporting.refresh(reports));
			navigate(TeamView.class);
			Grid<ReportRow> grid = $(Grid.class).id("team-grid");
			List<Long> shown = new java.util.ArrayList<>();
			for (int i = 0; i < test(grid).size(); i++) {
				shown.add(test(grid).getRow(i).employeeId());
			}
			assertThat(shown).containsExactlyInAnyOrderElementsOf(reports);
		}

		@Test
		@SuppressWarnings("unchecked")
		void theTeamIsSortedByUrgencyAndTheManagerRemindsALateMemberInOneClick() {
			long me = accounts.current().orElseThrow().employeeId();
			List<Long> team = SystemAuthentication
				.call(() -> employees.find(new RosterFilter("", null, true), 0, 10_000))
				.stream()
				.filter(e -> e.managerId() != null && e.managerId() == me)
				.map(EmployeeSummary::id)
				.toList();
			SystemAuthentication.run(() -> reporting.refresh(team));
			navigate(TeamView.class);
			Grid<ReportRow> grid = $(Grid.class).id("team-grid");
			ReportRow first = test(grid).getRow(0);
			assertThat(first.status()).isIn(ReportFilter.ACTION_NEEDED);
			assertThat(((Span) test(grid).getCellComponent(0, "act")).getText()).isEqualTo("Actie nodig");

			FlexLayout buttons = (FlexLayout) test(grid).getCellComponent(0, "actions");
			Button remind = (Button) buttons.getChildren().findFirst().orElseThrow();
			assertThat(remind.getId()).contains("remind-" + first.employeeId());
			long before = reminders(first.employeeId());
			ComponentUtil.fireEvent(remind, new ClickEvent<>(remind));
			assertThat($(Paragraph.class).id("team-message").getText()).startsWith("1 herinnering klaargezet");
			assertThat(reminders(first.employeeId())).isEqualTo(before + 1);

			ComponentUtil.fireEvent(remind, new ClickEvent<>(remind));
			assertThat($(Paragraph.class).id("team-message").getText()).contains("vandaag al een herinnering");
			assertThat(reminders(first.employeeId())).isEqualTo(before + 1);
		}

		@Test
		void aManagerCannotRemindSomeoneOutsideTheTeam() {
			long me = accounts.current().orElseThrow().employeeId();
			long outsider = SystemAuthentication.call(() -> employees.find(new RosterFilter("", null, true), 0, 10_000))
				.stream()
				.filter(e -> e.managerId() != null && e.managerId() != me && e.id() != me)
				.findFirst()
				.orElseThrow()
				.id();
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> manual.remindTeam(List.of(outsider), COURSE))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		}

		private long reminders(long employeeId) {
			return SystemAuthentication.call(() -> reminderService.of(employeeId))
				.stream()
				.filter(r -> r.kind() == ReminderKind.MANUAL)
				.count();
		}

	}

}
