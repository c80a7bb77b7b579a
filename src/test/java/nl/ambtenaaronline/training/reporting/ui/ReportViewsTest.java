package nl.ambtenaaronline.training.reporting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridNoneSelectionModel;
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
import nl.ambtenaaronline.training.shared.Dates;
import nl.ambtenaaronline.training.assignment.OverrideReason;
import nl.ambtenaaronline.training.reminder.ManualReminderService;
import nl.ambtenaaronline.training.reminder.ReminderKind;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.ListenersQuiet;
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
import nl.ambtenaaronline.training.reporting.ReportSort;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.ui.ListTotal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
		Learners learners;

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

		@Autowired
		JdbcTemplate jdbc;

		@SuppressWarnings("unchecked")
		private Grid<ReportRow> grid() {
			return $(Grid.class).id("report-grid");
		}

		@Test
		void whileNoMailServerIsConfiguredTheRemindButtonsSayThatNothingIsMailed() {
			// the shared test context has no mail server
			navigate(ReportsView.class);
			assertThat($(Paragraph.class).id("reminder-no-mail").getText()).contains("geen mailserver", "geen e-mail");
		}

		@Test
		@SuppressWarnings("unchecked")
		void theDashboardShowsFiguresAndTheGridFollowsTheDepartmentFilter() {
			navigate(ReportsView.class);
			int people = (int) reporting.count(ReportFilter.of(COURSE));
			// the first 50 people, the total above them, the next ones a click away
			assertThat(test(grid()).size()).isEqualTo(Math.min(people, ListTotal.PAGE));
			assertThat($(Paragraph.class).id("report-total").getText())
				.isEqualTo(people + " resultaten · de eerste 50 staan hieronder");
			test($(Button.class).id("report-more")).click();
			assertThat(test(grid()).size()).isEqualTo(Math.min(people, 2 * ListTotal.PAGE));
			assertThat($(NativeTable.class).id("report-figures").getElement().getText()).isNotNull();
			assertThat($(Paragraph.class).id("report-summary").getText())
				.startsWith(Long.toString(reporting.count(ReportFilter.of(COURSE))));
			// how the completions came about, in figures: online (with a certificate
			// here)
			// and in a classroom
			long completed = reporting.dashboard(ReportFilter.of(COURSE)).overall().count(AssignmentStatus.COMPLETED);
			long online = reporting.completedOnline(ReportFilter.of(COURSE));
			assertThat($(Paragraph.class).id("report-completed-how").getText())
				.startsWith("Van de " + completed + " afgerond: " + online + " online in deze app")
				.contains((completed - online) + " klassikaal of eerder vastgelegd door HR");
			// who must finish soon and has started: not "Bezig", said beside it
			long dueSoon = reporting.dashboard(ReportFilter.of(COURSE)).overall().count(AssignmentStatus.DUE_SOON);
			long started = reporting.startedDueSoon(ReportFilter.of(COURSE));
			assertThat(started).isLessThanOrEqualTo(dueSoon);
			assertThat($(Paragraph.class).id("report-started-how").getText()).startsWith(
					"Van de " + dueSoon + " die binnenkort moeten afronden, zijn er " + started + " al begonnen.");

			ComboBox<DepartmentSummary> department = $(ComboBox.class).id("report-department");
			// an empty filter says what it means
			assertThat(department.getPlaceholder()).isEqualTo("Alle afdelingen");
			assertThat($(DatePicker.class).id("report-start-from").getLabel()).isEqualTo("In dienst gekomen vanaf");
			DepartmentSummary com = employees.departments()
				.stream()
				.filter(d -> d.code().equals("COM"))
				.findFirst()
				.orElseThrow();
			department.setValue(com);
			int rows = test(grid()).size();
			assertThat(rows).as("a new filter shows the first rows again")
				.isEqualTo(
						(int) Math.min(ListTotal.PAGE, reporting.count(ReportFilter.of(COURSE).withDepartment("COM"))))
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
			// course and department only: the chart says so where it is seen once the
			// filter narrows further
			assertThat($(Paragraph.class).withId("report-trend-scope").exists()).isFalse();
			UI.getCurrent().navigate("reports", QueryParameters.fromString("department=COM&status=OVERDUE"));
			assertThat($(Paragraph.class).id("report-trend-scope").getText())
				.startsWith("Let op: deze grafiek volgt alleen de cursus en de afdeling.");
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
		void aFilterThatLeavesNobodySaysSoInsteadOfClaimingNobodyNeedsAction() {
			navigate(ReportsView.class);
			assertThat($(Paragraph.class).id("action-count").getText()).endsWith("personen hebben actie nodig.");
			test($(DatePicker.class).id("report-start-from")).setValue(LocalDate.of(2099, 1, 1));
			assertThat($(Paragraph.class).id("action-count").getText())
				.startsWith("Niemand in deze selectie heeft actie nodig.")
				.contains("maak de filters hierboven leeg");
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
			int people = (int) reporting
				.count(ReportFilter.of(COURSE).withStatuses(ReportFilter.ACTION_NEEDED).withAttemptsUsedUp(true));
			assertThat(people).as("the demo has more people who must act than the list shows at first")
				.isGreaterThan(ActionNeeded.ROWS);
			// the list grows with the page: the most urgent first, a button for the next
			assertThat(actions.isAllRowsVisible()).isTrue();
			assertThat(test(actions).size()).isEqualTo(ActionNeeded.ROWS);
			assertThat($(Paragraph.class).id("action-scroll-note").isVisible()).isTrue();
			assertThat($(Paragraph.class).id("action-scroll-note").getText())
				.isEqualTo("Hier staan de " + ActionNeeded.ROWS + " met de meeste haast van de " + people
						+ ". De knop onder de lijst toont de volgende.");
			Button more = $(Button.class).id("action-more");
			assertThat(more.getText())
				.isEqualTo("Toon de volgende " + Math.min(ActionNeeded.ROWS, people - ActionNeeded.ROWS));
			test(more).click();
			assertThat(test(actions).size()).isEqualTo(Math.min(people, 2 * ActionNeeded.ROWS));
			while (more.isVisible()) {
				test(more).click();
			}
			int rows = test(actions).size();
			assertThat(rows).isEqualTo(people);
			assertThat($(Paragraph.class).withId("action-scroll-note").exists()).isFalse();
			List<AssignmentStatus> statuses = new java.util.ArrayList<>();
			for (int i = 0; i < rows; i++) {
				ReportRow row = test(actions).getRow(i);
				// someone out of test attempts (the demo has one) is there whatever the
				// status, among the late ones; the order of the others is checked below
				assertThat(ReportFilter.ACTION_NEEDED.contains(row.status()) || row.attemptsUsedUp()).isTrue();
				if (!row.attemptsUsedUp()) {
					statuses.add(row.status());
				}
			}
			assertThat(statuses).containsAnyOf(AssignmentStatus.OVERDUE).containsAnyOf(AssignmentStatus.DUE_SOON);
			// two people of one name told apart: the personnel number under the name
			ReportRow top = test(actions).getRow(0);
			assertThat(test(actions).getCellComponent(0, "name").getElement().getTextRecursively())
				.isEqualTo(top.displayName() + top.employeeNumber());
			int lastLate = Math.max(statuses.lastIndexOf(AssignmentStatus.OVERDUE),
					statuses.lastIndexOf(AssignmentStatus.EXPIRED));
			assertThat(lastLate).isLessThan(statuses.indexOf(AssignmentStatus.DUE_SOON));
			assertThat($(NativeTable.class).id("overview-table").getElement().getTextRecursively())
				.contains("Te laat of verlopen", "Binnenkort afronden", "Eerstvolgende uiterste datum");
		}

		@Test
		@SuppressWarnings("unchecked")
		void actionNeededMarksWhoHasNoEmailAddressAndHrDownloadsTheListWithAddressesAndManagersAudited() {
			ReportFilter mustAct = ReportFilter.of(COURSE)
				.withStatuses(ReportFilter.ACTION_NEEDED)
				.withAttemptsUsedUp(true);
			List<ReportRow> everyone = reporting.page(mustAct, List.of(ReportSort.byUrgency()), 0, 10_000);
			int first = java.util.stream.IntStream.range(0, everyone.size())
				.filter(i -> !everyone.get(i).hasEmail())
				.findFirst()
				.orElseThrow(() -> new AssertionError("the demo has someone who must act without an e-mail address"));
			ReportRow without = everyone.get(first);
			assertThat(employees.findAllById(List.of(without.employeeId())).getFirst().email()).isNull();

			navigate(ReportsView.class);
			Grid<ReportRow> actions = $(Grid.class).id("action-grid");
			while (test(actions).size() <= first) {
				test($(Button.class).id("action-more")).click();
			}
			assertThat(test(actions).getRow(first).employeeId()).isEqualTo(without.employeeId());
			assertThat(test(actions).getCellComponent(first, "why").getElement().getTextRecursively())
				.endsWith("geen e-mailadres");
			int withAddress = everyone.indexOf(everyone.stream().filter(ReportRow::hasEmail).findFirst().orElseThrow());
			assertThat(test(actions).getCellComponent(withAddress, "why").getElement().getTextRecursively())
				.doesNotContain("e-mailadres");
			assertThat($(Anchor.class).id("action-contacts").getText()).isEqualTo("Download de contactlijst (CSV)");

			// the list as a file: who the screen lists, in its order, with the addresses
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			long written = reporting.exportContacts(mustAct, java.util.Locale.of("nl"), out);
			List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
			assertThat(written).isEqualTo(everyone.size());
			assertThat(lines).hasSize(everyone.size() + 1);
			assertThat(lines.getFirst()).isEqualTo("\uFEFFPersoneelsnummer;Naam;Afdeling;Status;Uiterste datum;"
					+ "E-mailadres;Leidinggevende;E-mailadres leidinggevende");
			assertThat(lines.get(first + 1)).startsWith(without.employeeNumber() + ";" + without.displayName() + ";")
				.contains(";geen e-mailadres;");
			EmployeeSummary reachable = employees.findAllById(List.of(everyone.get(withAddress).employeeId()))
				.getFirst();
			assertThat(lines.get(withAddress + 1)).contains(";" + reachable.email() + ";");
			assertThat(reachable.managerId()).as("the demo's people have a manager").isNotNull();
			EmployeeSummary manager = employees.findAllById(List.of(reachable.managerId())).getFirst();
			assertThat(lines.get(withAddress + 1)).contains(";" + manager.displayName() + ";");
			assertThat(SystemAuthentication
				.call(() -> audit.search(new AuditFilter("report.contacts-exported", null, null), 0, 5)))
				.anySatisfy(event -> assertThat(event.details()).contains("rows=" + everyone.size()));
		}

		@Test
		@SuppressWarnings("unchecked")
		void someoneOutOfTestAttemptsIsInActionNeededAmongTheMostUrgentAndLeavesItWithAnExtraAttempt() {
			String stuck = learners.create("out-of-attempts");
			long employeeId = failEveryAttempt(learners, stuck);
			ListenersQuiet.await(jdbc);

			navigate(ReportsView.class);
			Grid<ReportRow> actions = $(Grid.class).id("action-grid");
			int at = rowOf(actions, employeeId);
			ReportRow row = test(actions).getRow(at);
			assertThat(row.attemptsUsedUp()).isTrue();
			// not late (a new hire with time left), yet listed: as urgent as the late
			// ones
			assertThat(row.status()).isNotIn(AssignmentStatus.OVERDUE, AssignmentStatus.EXPIRED);
			for (int i = 0; i < at; i++) {
				ReportRow before = test(actions).getRow(i);
				assertThat(before.attemptsUsedUp() || before.status() == AssignmentStatus.OVERDUE
						|| before.status() == AssignmentStatus.EXPIRED)
					.as("row %d before the one out of attempts", i)
					.isTrue();
			}
			assertThat(test(actions).getCellComponent(at, "why").getElement().getTextRecursively())
				.contains("Pogingen op");

			// HR grants an extra attempt from the row itself, the one action that lets
			// the
			// learner go on: no longer out of attempts; still listed only when the status
			// itself needs action
			FlexLayout buttons = (FlexLayout) test(actions).getCellComponent(at, "actions");
			Button extra = (Button) buttons.getChildren().findFirst().orElseThrow();
			assertThat(extra.getId()).contains("extra-attempt-" + employeeId);
			assertThat(extra.getText()).isEqualTo("Extra toetspoging toestaan");
			ComponentUtil.fireEvent(extra, new ClickEvent<>(extra));
			assertThat($(Paragraph.class).id("action-message").getText())
				.isEqualTo(row.displayName() + " kan de eindtoets nu nog 1 keer maken.");
			ListenersQuiet.await(jdbc);
			assertThat(reporting.page(ReportFilter.of(COURSE).withAttemptsUsedUp(true), List.of(ReportSort.byName()), 0,
					10_000))
				.extracting(ReportRow::employeeId)
				.doesNotContain(employeeId);
			navigate(ReportsView.class);
			Grid<ReportRow> after = $(Grid.class).id("action-grid");
			int now = rowOf(after, employeeId);
			if (ReportFilter.ACTION_NEEDED.contains(row.status())) {
				assertThat(test(after).getRow(now).attemptsUsedUp()).isFalse();
				assertThat(test(after).getCellComponent(now, "why").getElement().getTextRecursively())
					.doesNotContain("Pogingen op");
			}
			else {
				assertThat(now).isNegative();
			}
		}

		@Test
		void theDemoHasSomeoneOutOfTestAttempts() {
			// the tests' own learners have numbers "L-…"; the demo city's do not
			assertThat(reporting.page(ReportFilter.of(COURSE).withAttemptsUsedUp(true), List.of(ReportSort.byName()), 0,
					10_000))
				.extracting(ReportRow::employeeNumber)
				.anyMatch(number -> !number.startsWith("L-"));
		}

		@Test
		@SuppressWarnings("unchecked")
		void actionNeededFiltersOnSeveralReasonsAndTheWayBackFromAPersonKeepsTheFilter() {
			long employeeId = failEveryAttempt(learners, learners.create("filtered"));
			ListenersQuiet.await(jdbc);
			navigate(ReportsView.class);
			CheckboxGroup<ActionNeeded.Need> needs = $(CheckboxGroup.class).id("action-needs");
			assertThat(needs.getValue()).containsExactlyInAnyOrder(ActionNeeded.Need.values());

			needs.setValue(java.util.Set.of(ActionNeeded.Need.ATTEMPTS, ActionNeeded.Need.EXPIRED));
			Grid<ReportRow> actions = $(Grid.class).id("action-grid");
			int rows = test(actions).size();
			assertThat(rows).isPositive()
				.isEqualTo((int) reporting.count(ReportFilter.of(COURSE)
					.withStatuses(java.util.Set.of(AssignmentStatus.EXPIRED))
					.withAttemptsUsedUp(true)));
			for (int i = 0; i < rows; i++) {
				ReportRow row = test(actions).getRow(i);
				assertThat(row.attemptsUsedUp() || row.status() == AssignmentStatus.EXPIRED).isTrue();
			}
			assertThat(rowOf(actions, employeeId)).isNotNegative();
			assertThat($(Paragraph.class).id("action-count").getText()).startsWith(rows + " ");

			// to the person and back: the same reasons
			RouterLink person = (RouterLink) test(actions).getCellComponent(rowOf(actions, employeeId), "name")
				.getChildren()
				.findFirst()
				.orElseThrow();
			assertThat(person.getHref()).contains("need=");
			String[] href = person.getHref().split("\\?", 2);
			UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));
			String back = $(RouterLink.class).id("person-back").getHref();
			assertThat(back).startsWith("reports?").contains("need=");
			String[] way = back.split("\\?", 2);
			UI.getCurrent().navigate(way[0], QueryParameters.fromString(way[1]));
			needs = $(CheckboxGroup.class).id("action-needs");
			assertThat(needs.getValue()).containsExactlyInAnyOrder(ActionNeeded.Need.ATTEMPTS,
					ActionNeeded.Need.EXPIRED);
			assertThat(test($(Grid.class).id("action-grid")).size()).isEqualTo(rows);

			// a value the list does not know is skipped and named; the known one stays
			UI.getCurrent().navigate("reports", QueryParameters.fromString("need=LATE,OVERDUE"));
			needs = $(CheckboxGroup.class).id("action-needs");
			assertThat(needs.getValue()).containsExactly(ActionNeeded.Need.OVERDUE);
			assertThat($(Paragraph.class).id("action-message").getText()).contains("LATE").doesNotContain("OVERDUE");
			// nothing known: every reason
			UI.getCurrent().navigate("reports", QueryParameters.fromString("need=%3Cscript%3E"));
			needs = $(CheckboxGroup.class).id("action-needs");
			assertThat(needs.getValue()).containsExactlyInAnyOrder(ActionNeeded.Need.values());
		}

		/** A new learner fails every test attempt; returns their employee id. */
		private long failEveryAttempt(Learners learners, String username) {
			return learners.as(username, () -> {
				Course course = learning.course(COURSE);
				Learners.prepareAssessment(learning, course);
				for (int i = 0; i < course.assessment().maxAttempts(); i++) {
					AttemptView attempt = assessment.openAttempt(COURSE);
					Learners.answerAll(assessment, course, attempt, false);
					assessment.submit(attempt.attemptId());
				}
				return accountService.current().orElseThrow().employeeId();
			});
		}

		/** The person's row, showing the next rows of the list until it is there. */
		private int rowOf(Grid<ReportRow> actions, long employeeId) {
			for (int i = 0; i < test(actions).size() || $(Button.class).withId("action-more").exists(); i++) {
				if (i == test(actions).size()) {
					test($(Button.class).id("action-more")).click();
				}
				if (test(actions).getRow(i).employeeId() == employeeId) {
					return i;
				}
			}
			return -1;
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
		void onAPhoneOneButtonRemindsEveryoneInActionNeededAndSaysHowMany() {
			navigate(ReportsView.class);
			long people = reporting
				.count(ReportFilter.of(COURSE).withStatuses(ReportFilter.ACTION_NEEDED).withAttemptsUsedUp(true));
			assertThat($(FlexLayout.class).id("action-phone-actions").getClassNames()).contains("ao-phone-only");
			assertThat($(Button.class).id("remind-everyone").getText())
				.as("no mail server here: the button promises no mail")
				.isEqualTo("Melding in app aan iedereen die actie nodig heeft (" + people + ")");
		}

		@Test
		@SuppressWarnings("unchecked")
		void onAPhoneActionNeededIsCardsOfTheMostUrgentWithTheSameActions() {
			navigate(ReportsView.class);
			Grid<ReportRow> actions = $(Grid.class).id("action-grid");
			int people = (int) reporting
				.count(ReportFilter.of(COURSE).withStatuses(ReportFilter.ACTION_NEEDED).withAttemptsUsedUp(true));
			assertThat(people).as("the demo has people who must act").isGreaterThan(ActionNeeded.ROWS);
			assertThat(actions.getClassNames()).contains("ao-wide-only");
			assertThat($(Button.class).id("action-more").getClassNames()).contains("ao-wide-only");

			assertThat($(Button.class).id("action-select-late").getParent().orElseThrow().getElement().getClassList())
				.as("no selection on a phone, where the cards have their own buttons")
				.contains("ao-wide-only");
			Div cards = $(Div.class).id("action-cards");
			assertThat(cards.getClassNames()).contains("ao-phone-only");
			List<Div> each = cards.getChildren().filter(Div.class::isInstance).map(Div.class::cast).toList();
			assertThat(each).hasSize(Math.min(people, ActionNeeded.CARDS));
			// the same order as the grid: the most urgent first
			for (int i = 0; i < each.size(); i++) {
				ReportRow row = test(actions).getRow(i);
				Div card = each.get(i);
				RouterLink name = card.getChildren()
					.filter(RouterLink.class::isInstance)
					.map(RouterLink.class::cast)
					.findFirst()
					.orElseThrow();
				assertThat(name.getText()).isEqualTo(row.displayName());
				assertThat(card.getElement().getTextRecursively()).contains(row.departmentName());
			}
			assertThat($(Button.class).all().stream().map(b -> b.getId().orElse("")))
				.anyMatch(id -> id.startsWith("card-extend-"))
				.anyMatch(id -> id.startsWith("card-remind-"));
			if (people > ActionNeeded.CARDS) {
				assertThat($(Paragraph.class).id("action-cards-more").getText())
					.isEqualTo("Hier staan de " + ActionNeeded.CARDS + " met de meeste haast van " + people
							+ ". Kies hierboven waarom, of toon de volgende.");
				// the next ten on the phone too
				Button next = $(Button.class).id("action-cards-next");
				assertThat(next.getText())
					.isEqualTo("Toon de volgende " + Math.min(ActionNeeded.CARDS, people - ActionNeeded.CARDS));
				test(next).click();
				assertThat(cards.getChildren().filter(child -> child.getClassNames().contains("ao-card")).count())
					.isEqualTo(Math.min(people, 2L * ActionNeeded.CARDS));
			}
			else {
				assertThat($(Paragraph.class).withId("action-cards-more").exists()).isFalse();
			}
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
			RouterLink person = (RouterLink) test(grid()).getCellComponent(0, 0);
			assertThat(person.getHref()).contains("status=OVERDUE").contains("department=COM");
			String[] href = person.getHref().split("\\?", 2);
			UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));
			assertThat(getCurrentView()).isInstanceOf(PersonReportView.class);
			assertThat($(RouterLink.class).id("person-back").getHref()).startsWith("reports?")
				.contains("department=COM")
				.contains("status=OVERDUE");
		}

		@Test
		@SuppressWarnings("unchecked")
		void someoneWhoLeftIsListedOnlyWithTheNotEmployedBoxAsLeftAndTheAddressKeepsIt() {
			navigate(ReportsView.class);
			UI.getCurrent().navigate("reports", QueryParameters.fromString("department=WON"));
			ReportFilter won = ReportFilter.of(COURSE).withDepartment("WON");
			int employed = test(grid()).size();
			assertThat(employed).isEqualTo((int) reporting.count(won));
			String summary = $(Paragraph.class).id("report-summary").getText();
			// the demo's leaver of Wonen (left years ago, name erased) is in no list or
			// figure
			for (int i = 0; i < employed; i++) {
				assertThat(test(grid()).getRow(i).leftOn()).isNull();
			}

			UI.getCurrent().navigate("reports", QueryParameters.fromString("department=WON&all=1"));
			Checkbox notEmployed = $(Checkbox.class).id("report-not-employed");
			assertThat(notEmployed.getValue()).isTrue();
			assertThat(notEmployed.getHelperText()).contains("De cijfers gaan over wie vandaag in dienst is");
			int listed = test(grid()).size();
			assertThat(listed).isEqualTo((int) reporting.count(won.withNotEmployedListed(true)))
				.isGreaterThan(employed);
			int left = -1;
			for (int i = 0; i < listed; i++) {
				if (test(grid()).getRow(i).employeeNumber().equals("100990")) {
					left = i;
				}
			}
			assertThat(left).as("the demo's leaver is listed").isNotNegative();
			assertThat(test(grid()).getCellText(left, 5)).startsWith("Uit dienst (laatste dag ");
			// the figures do not change with the box
			assertThat($(Paragraph.class).id("report-summary").getText()).isEqualTo(summary);
			RouterLink person = (RouterLink) test(grid()).getCellComponent(left, 0);
			assertThat(person.getText()).startsWith("Naam gewist");
			assertThat(person.getHref()).contains("all=1");
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
			// the only button shows the next cards on a phone; nothing that changes
			// anything
			assertThat($view(Button.class).all()).extracting(button -> button.getId().orElse(""))
				.as("only buttons that show more rows")
				.containsOnly("action-cards-next", "action-more", "report-more");
			// no ticks and no empty actions column for who only reads
			Grid<?> actionGrid = $(Grid.class).id("action-grid");
			assertThat(actionGrid.getSelectionModel()).isInstanceOf(GridNoneSelectionModel.class);
			assertThat(actionGrid.getColumnByKey("actions").isVisible()).isFalse();
			assertThat($(Anchor.class).all()).extracting(Anchor::getId)
				.map(id -> id.orElse(""))
				.contains("report-export-csv", "report-export-xlsx")
				.as("the contact list is for who acts")
				.doesNotContain("action-contacts");
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("manager")
	class Manager extends SpringBrowserlessTest {

		@Test
		void whileNoMailServerIsConfiguredTheTeamViewSaysThatRemindersAreNotMailed() {
			navigate(TeamView.class);
			assertThat($(Paragraph.class).id("reminder-no-mail").getText()).contains("geen mailserver");
		}

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
		void theTeamGridShowsEveryRowOfATeamInsteadOfAFewInAnInnerScrollBox() {
			long me = accounts.current().orElseThrow().employeeId();
			List<Long> team = SystemAuthentication
				.call(() -> employees.find(new RosterFilter("", null, true), 0, 10_000))
				.stream()
				.filter(e -> e.managerId() != null && e.managerId() == me)
				.map(EmployeeSummary::id)
				.toList();
			assertThat(team).as("the demo manager has a team larger than five rows").hasSizeGreaterThan(5);
			SystemAuthentication.run(() -> reporting.refresh(team));
			navigate(TeamView.class);
			Grid<ReportRow> grid = $(Grid.class).id("team-grid");
			assertThat(grid.isAllRowsVisible()).isTrue();
			// selecting happens in the grid; on a phone (cards) the selection buttons go
			assertThat($(Button.class).id("team-select-late").getParent().orElseThrow().getElement().getClassList())
				.contains("ao-wide-only");
			assertThat(test(grid).size()).isEqualTo(team.size());
		}

		@Test
		@SuppressWarnings("unchecked")
		void onAPhoneOneButtonRemindsEveryoneWhoMustActAndSaysHowMany() {
			navigate(TeamView.class);
			Grid<ReportRow> grid = $(Grid.class).id("team-grid");
			long mustAct = 0;
			for (int i = 0; i < test(grid).size(); i++) {
				if (ReportFilter.ACTION_NEEDED.contains(test(grid).getRow(i).status())) {
					mustAct++;
				}
			}
			assertThat(mustAct).as("the demo manager's team has people who must act").isPositive();
			FlexLayout phone = $(FlexLayout.class).id("team-phone-actions");
			assertThat(phone.getClassNames()).contains("ao-phone-only");
			assertThat($(Button.class).id("remind-everyone").getText())
				.isEqualTo("Melding in app aan iedereen die actie nodig heeft (" + mustAct + ")");
		}

		@Test
		@SuppressWarnings("unchecked")
		void someoneWhoIsDoneShowsUntilWhenTheCertificateIsValidNotADeadline() {
			navigate(TeamView.class);
			Grid<ReportRow> grid = $(Grid.class).id("team-grid");
			int done = -1;
			for (int i = 0; i < test(grid).size(); i++) {
				if (test(grid).getRow(i).status() == AssignmentStatus.COMPLETED) {
					done = i;
				}
			}
			assertThat(done).as("the demo manager's team has someone who is done").isNotNegative();
			ReportRow row = test(grid).getRow(done);
			assertThat(ReportTexts.dueShown(row)).isFalse();
			String valid = ReportTexts.date(row.validUntil(), java.util.Locale.of("nl"));
			assertThat($(Div.class).id("team-cards").getElement().getTextRecursively())
				.contains("Status: Afgerond · afronding geldig tot " + valid)
				.doesNotContain("Afgerond · uiterste datum");
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
			// who has no address carries a second mark (their reminders go to the
			// manager)
			assertThat(test(grid).getCellComponent(0, "act").getElement().getTextRecursively())
				.isEqualTo(first.hasEmail() ? "Actie nodig" : "Actie nodig geen e-mailadres");
			// who needs no action carries no mark, also without an address
			int calm = java.util.stream.IntStream.range(0, test(grid).size())
				.filter(i -> !test(grid).getRow(i).hasEmail()
						&& !ReportFilter.ACTION_NEEDED.contains(test(grid).getRow(i).status()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("the demo team has someone done without an address"));
			assertThat(test(grid).getCellComponent(calm, "act").getElement().getTextRecursively()).isEmpty();
			// a deferral says until when, not only the due date everyone else has
			int deferred = java.util.stream.IntStream.range(0, test(grid).size())
				.filter(i -> test(grid).getRow(i).status() == AssignmentStatus.DEFERRED)
				.findFirst()
				.orElseThrow(() -> new AssertionError("the demo team has someone deferred"));
			ReportRow paused = test(grid).getRow(deferred);
			assertThat(paused.deferredUntil()).isNotNull();
			int statusColumn = grid.getColumns()
				.indexOf(grid.getColumns()
					.stream()
					.filter(column -> "Status".equals(column.getHeaderText()))
					.findFirst()
					.orElseThrow());
			assertThat(test(grid).getCellText(deferred, statusColumn))
				.isEqualTo("Uitgesteld tot " + Dates.day(paused.deferredUntil(), Locale.of("nl")));

			FlexLayout buttons = (FlexLayout) test(grid).getCellComponent(0, "actions");
			Button remind = (Button) buttons.getChildren().findFirst().orElseThrow();
			assertThat(remind.getId()).contains("remind-" + first.employeeId());
			long before = reminders(first.employeeId());
			ComponentUtil.fireEvent(remind, new ClickEvent<>(remind));
			assertThat($(Paragraph.class).id("team-message").getText()).startsWith("1 herinnering klaargezet")
				.as("no mail server in the tests: the message says it was not mailed")
				.contains("niet gemaild");
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
