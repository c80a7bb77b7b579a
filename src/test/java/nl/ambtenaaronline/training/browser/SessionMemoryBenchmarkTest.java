package nl.ambtenaaronline.training.browser;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Question;
import nl.ambtenaaronline.training.content.QuestionOption;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live heap per logged-in learner session mid-assessment: N real browser sessions, each
 * logged in with an assessment question open and answered; heap used after GC before and
 * after, divided by N. The application runs in this JVM, the browsers do not.
 */
@Tag("benchmark")
class SessionMemoryBenchmarkTest extends BrowserTest {

	static final int SESSIONS = 40;

	static final String PASSWORD = "een-lang-wachtwoord";

	@Autowired
	Learners learners;

	@Autowired
	ContentService contents;

	@Autowired
	LearningService learning;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Test
	void heapPerLearnerSessionMidAssessment() throws Exception {
		Course course = contents.current("social-media").orElseThrow();
		List<String> learners = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			String username = "mem-" + UUID.randomUUID().toString().substring(0, 8);
			SystemAuthentication.run(() -> {
				long id = employees.create(new NewEmployee("M-" + username, "Test", null, username, null, "VOR", null,
						LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null));
				accounts.createAccount(id, username, PASSWORD, Set.of());
			});
			as(username, () -> Learners.prepareAssessment(learning, course));
			learners.add(username);
		}
		long before = usedAfterGc();
		List<BrowserContext> open = new ArrayList<>();
		for (String username : learners) {
			BrowserContext session = browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
			Page tab = session.newPage();
			tab.navigate(url("login"));
			tab.locator("input[name=username]").fill(username);
			tab.locator("input[name=password]").fill(PASSWORD);
			tab.locator("input[name=password]").press("Enter");
			tab.locator("#logout").waitFor();
			tab.navigate(url("course/social-media/assessment"));
			tab.locator("#start-assessment").click();
			// by content, never by position: the options are shown in an order drawn per
			// attempt
			String prompt = tab.locator("#question-prompt").textContent();
			Question question = course.questions()
				.stream()
				.filter(q -> contents.resolvePlaceholders(q.prompt().nl(), Locale.of("nl")).equals(prompt))
				.findFirst()
				.orElseThrow();
			String correct = contents.resolvePlaceholders(
					question.options().stream().filter(QuestionOption::correct).findFirst().orElseThrow().text().nl(),
					Locale.of("nl"));
			tab.locator("#answer vaadin-radio-button, #answer vaadin-checkbox")
				.filter(new Locator.FilterOptions()
					.setHasText(Pattern.compile("^\\s*" + OnScreen.escape(correct) + "\\s*$")))
				.locator("input")
				.check();
			tab.locator("#answer-saved").getByText("Antwoord bewaard.").waitFor();
			open.add(session);
		}
		long after = usedAfterGc();
		double perSession = (after - before) / (double) SESSIONS / (1024 * 1024);
		String line = String.format(Locale.ROOT,
				"%d learner sessions mid-assessment: heap after GC %.1f MiB -> %.1f MiB, %.3f MiB per session",
				SESSIONS, before / 1048576.0, after / 1048576.0, perSession);
		System.out.println(line);
		Files.createDirectories(Path.of("target/benchmarks"));
		Files.writeString(Path.of("target/benchmarks/session-memory.txt"), line + "\n");
		open.forEach(BrowserContext::close);
		assertThat(perSession).isPositive();
	}

	private static long usedAfterGc() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 4; i++) {
			System.gc();
			Thread.sleep(300);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private void as(String username, Runnable work) {
		learners.run(username, work);
	}

}
