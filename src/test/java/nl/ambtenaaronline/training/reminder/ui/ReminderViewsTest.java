package nl.ambtenaaronline.training.reminder.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.assignment.AssignmentService;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.reminder.ReminderKind;
import nl.ambtenaaronline.training.reminder.ReminderService;
import nl.ambtenaaronline.training.reminder.ReminderStatus;
import nl.ambtenaaronline.training.reminder.ReminderSummary;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder screens without a browser, on the demo city's reminders. */
class ReminderViewsTest {

	/**
	 * Someone without an address and without a manager: the reminder cannot go anywhere
	 * and is written as failed.
	 */
	static long unreachable(EmployeeService employees, AssignmentService assignments, ReminderService reminders) {
		long id = SystemAuthentication.call(() -> employees
			.create(new NewEmployee("V-" + UUID.randomUUID().toString().substring(0, 12), "Zonder", null, "Adres", null,
					"VOR", null, LocalDate.now(TimeConfiguration.ZONE), null, WorkerType.EMPLOYEE, null)));
		SystemAuthentication.run(() -> assignments.reconcile(List.of(id)));
		SystemAuthentication.run(() -> reminders.planFor(List.of(id)));
		return id;
	}

	@Nested
	@IntegrationTest
	@WithUserDetails("hr")
	class Hr extends SpringBrowserlessTest {

		@Autowired
		EmployeeService employees;

		@Autowired
		AssignmentService assignments;

		@Autowired
		ReminderService reminders;

		@Autowired
		nl.ambtenaaronline.training.content.ContentService contents;

		@Test
		void withoutAMailServerEveryPageSaysRemindersAreNotMailedAndNoneReadsAsSent() {
			// the shared test context has no mail server
			UI.getCurrent().navigate("certificates");
			assertThat($(Div.class).id("notice-no-mail").getElement().getTextRecursively()).contains("geen mailserver");
			// the reminders say it at their top: no second banner above that
			navigate(RemindersView.class);
			assertThat($(Paragraph.class).id("reminder-intro").getText()).startsWith("Let op")
				.contains("geen mailserver");
			assertThat($(Div.class).withId("notice-no-mail").exists()).isFalse();
		}

		@Test
		void listsTheRemindersAndFiltersTheFailures() {
			unreachable(employees, assignments, reminders);
			navigate(RemindersView.class);
			assertThat($(H1.class).single().getText()).isEqualTo("Herinneringen");
			@SuppressWarnings("unchecked")
			Grid<ReminderSummary> grid = $(Grid.class).id("reminder-grid");
			assertThat(test(grid).size()).isPositive();
			@SuppressWarnings("unchecked")
			Select<String> filter = $(Select.class).id("reminder-filter");
			filter.setValue(ReminderStatus.FAILED.name());
			assertThat(test(grid).size()).isPositive();
			for (int row = 0; row < test(grid).size(); row++) {
				assertThat(test(grid).getRow(row).status()).isEqualTo(ReminderStatus.FAILED);
			}
			assertThat(test(grid).getCellText(0, 5)).as("the reason in words, with what to do")
				.startsWith("Geen e-mailadres bekend")
				.contains("Personeel");
		}

		@Test
		void aManagersOverviewReadsAsSentToTheManagerNotAsAboutThem() {
			navigate(RemindersView.class);
			@SuppressWarnings("unchecked")
			Grid<ReminderSummary> grid = $(Grid.class).id("reminder-grid");
			int digests = 0;
			for (int row = 0; row < test(grid).size(); row++) {
				if (test(grid).getRow(row).kind() == ReminderKind.MANAGER_DIGEST) {
					assertThat(test(grid).getCellText(row, 0)).startsWith("Aan ")
						.endsWith("(leidinggevende): overzicht van het team");
					digests++;
				}
			}
			assertThat(digests).as("the demo sent managers their overview").isPositive();
			// a reminder about a course names it: two assignments of one person are two
			// rows with different courses, not a double
			int assigned = java.util.stream.IntStream.range(0, test(grid).size())
				.filter(row -> test(grid).getRow(row).kind() == ReminderKind.ASSIGNED)
				.findFirst()
				.orElseThrow(() -> new AssertionError("the demo assigned training by mail"));
			String course = test(grid).getRow(assigned).courseId();
			assertThat(test(grid).getCellText(assigned, 2)).startsWith("Training toegewezen: ")
				.contains(contents.current(course).orElseThrow().title().nl());
		}

		@Test
		void showsAPersonsRemindersWithTheFailuresInTheAssignmentsView() {
			long id = unreachable(employees, assignments, reminders);
			EmployeeSummary person = SystemAuthentication.call(() -> employees.findById(id)).orElseThrow();
			UI.getCurrent().navigate("assignments");
			@SuppressWarnings("unchecked")
			ComboBox<EmployeeSummary> who = $(ComboBox.class).id("assignment-person");
			who.setValue(person);
			Section section = $(Section.class).id("person-reminders");
			assertThat(section.getElement().getTextRecursively()).contains("Herinneringen",
					"konden niet worden bezorgd");
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("medewerker")
	class Learner extends SpringBrowserlessTest {

		@Autowired
		ReminderService reminders;

		@Test
		void seesOnMyTrainingWhichRemindersWereSent() {
			List<ReminderSummary> mine = reminders.mine().stream().filter(ReminderSummary::delivered).toList();
			assertThat(mine).as("the demo sent the learner a reminder").isNotEmpty();
			UI.getCurrent().navigate("");
			Section section = $(Section.class).id("my-reminders");
			assertThat(section.getElement().getTextRecursively()).contains("Berichten over je training",
					"Training toegewezen");
		}

	}

	@Nested
	@IntegrationTest
	@WithUserDetails("beheerder")
	class Administrator extends SpringBrowserlessTest {

		@Test
		void readsTheSentMailWithoutAnSmtpServer() {
			navigate(SentMailView.class);
			assertThat($(H1.class).single().getText()).isEqualTo("Verzonden mail");
			@SuppressWarnings("unchecked")
			Grid<ReminderSummary> grid = $(Grid.class).id("sent-mail-grid");
			assertThat(test(grid).size()).isPositive();
			// each row says what it is for: a button that opens the mail below the list
			ReminderSummary first = test(grid).getRow(0);
			Button read = (Button) test(grid).getCellComponent(0, "read");
			assertThat(read.getText()).isEqualTo("Lezen");
			assertThat(read.getAriaLabel()).hasValue("Lezen: " + first.subject() + " aan "
					+ (first.recipientAddress() == null ? "(geen adres)" : first.recipientAddress()));
			assertThat($(Pre.class).withId("sent-mail-text").exists()).isFalse();
			test(read).click();
			assertThat($(Pre.class).id("sent-mail-text").getText()).isEqualTo(first.bodyText());
			assertThat($(Anchor.class).id("sent-mail-html").getHref()).isNotBlank();
		}

	}

}
