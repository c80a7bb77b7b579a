package nl.ambtenaaronline.training.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.PdfA;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Rule;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The team conversation through the real learning service: a department of its own where
 * ten learners (none a new hire) take the opening step of three scenarios whose steps
 * test disjoint rules (taken from the course as it is, so that a content change does not
 * break the arithmetic) — 8 of 10 wrong at the first, 5 of 10 at the second, 2 of 10 at
 * the third — dated into last month, a closed month. Then, this month, all ten get the
 * opening step of a fourth scenario wrong, on rules of its own: the open month, which
 * must not count.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamConversationServiceTest {

	static final String COURSE = "social-media";

	@Autowired
	Learners learners;

	@Autowired
	TeamConversationService service;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	LearningService learning;

	@Autowired
	ContentService contents;

	@Autowired
	SettingsService settings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	String department;

	Course course;

	/** Four scenarios whose opening steps test disjoint rules, in course order. */
	List<Scenario> picked;

	/** The three rules expected on top: 80 % first, then 50 %, then 20 %; ties by id. */
	List<String> expectedTop;

	List<Integer> expectedPercent;

	@BeforeAll
	void tenLearnersGetThreeStepsWrongInDifferentMeasure() {
		department = "TG" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		course = contents.current(COURSE).orElseThrow();
		picked = disjointOpeningSteps(4);
		List<String> ranked = new java.util.ArrayList<>();
		List<Integer> percents = new java.util.ArrayList<>();
		int[] shares = { 80, 50, 20 };
		for (int i = 0; i < 3; i++) {
			for (String rule : new java.util.TreeSet<>(picked.get(i).startStep().rules())) {
				ranked.add(rule);
				percents.add(shares[i]);
			}
		}
		expectedTop = ranked.subList(0, 3);
		expectedPercent = percents.subList(0, 3);
		SystemAuthentication.run(() -> employees.createDepartment(department, "Teamgesprek " + department));
		List<String> people = new java.util.ArrayList<>();
		for (int i = 0; i < 10; i++) {
			people.add(learner());
		}
		for (int i = 0; i < 10; i++) {
			int person = i;
			learners.run(people.get(i), () -> {
				choose(picked.get(0).id(), person < 8);
				choose(picked.get(1).id(), person < 5);
				choose(picked.get(2).id(), person < 2);
			});
		}
		LocalDate lastMonth = LocalDate.now(TimeConfiguration.ZONE).minusMonths(1);
		// analytics writes the facts after each answer's transaction
		ListenersQuiet.await(jdbc);
		jdbc.update("update answer_fact set answered_on = ? where department_code = ?", lastMonth, department);
		for (String person : people) {
			learners.run(person, () -> choose(picked.get(3).id(), true));
		}
		ListenersQuiet.await(jdbc);
	}

	private List<Scenario> disjointOpeningSteps(int count) {
		List<Scenario> found = new java.util.ArrayList<>();
		Set<String> taken = new java.util.HashSet<>();
		for (Scenario scenario : course.scenarios()) {
			Set<String> rules = scenario.startStep().rules();
			if (!rules.isEmpty() && java.util.Collections.disjoint(rules, taken)) {
				found.add(scenario);
				taken.addAll(rules);
			}
			if (found.size() == count) {
				return found;
			}
		}
		throw new IllegalStateException("the course has no " + count + " scenarios with disjoint opening steps");
	}

	private void choose(String scenarioId, boolean wrong) {
		Scenario scenario = course.scenario(scenarioId).orElseThrow();
		ScenarioStep step = scenario.startStep();
		learning.choose(COURSE, scenarioId, step.id(), wrong ? Learners.worstIndex(step) : step.bestIndex(),
				UUID.randomUUID());
	}

	private String learner() {
		String username = "tg-" + UUID.randomUUID().toString().substring(0, 8);
		SystemAuthentication.run(() -> {
			long id = employees.create(new NewEmployee("N-" + username, "Test", null, username, null, department, null,
					LocalDate.of(2015, 1, 1), null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(id, username, Learners.PASSWORD, Set.of());
		});
		return username;
	}

	TeamConversation asHr() {
		return SystemAuthentication.call(() -> service.conversation(COURSE, department));
	}

	@Test
	void theThreeRulesMostOftenWrongAtFirstTryComeInOrderEachWithACaseFromTheCourse() {
		TeamConversation conversation = asHr();
		// 80 %, then 50 %, then 20 % (equal share and count: by rule id)
		assertThat(conversation.topics()).extracting(ConversationTopic::ruleId).containsExactlyElementsOf(expectedTop);
		assertThat(conversation.topics()).extracting(ConversationTopic::percentWrong)
			.containsExactlyElementsOf(expectedPercent);
		assertThat(conversation.topics()).extracting(ConversationTopic::answers).containsExactly(10L, 10L, 10L);
		assertThat(conversation.minGroupSize()).isEqualTo(10);
		assertThat(conversation.department().code()).isEqualTo(department);
		for (ConversationTopic topic : conversation.topics()) {
			Rule rule = course.catalogue().rule(topic.ruleId()).orElseThrow();
			assertThat(topic.rule()).as("the guideline's words for %s", topic.ruleId()).isEqualTo(rule.text());
			Scenario scenario = course.scenario(topic.scenarioId()).orElseThrow();
			assertThat(scenario.rules()).as("case of %s", topic.ruleId()).contains(topic.ruleId());
			assertThat(topic.scenarioTitle()).isEqualTo(scenario.title());
			assertThat(topic.situation()).isEqualTo(contents.resolvePlaceholders(scenario.startStep().situation()));
		}
		assertThat(conversation.topics()).extracting(ConversationTopic::scenarioId).doesNotHaveDuplicates();
	}

	@Test
	void eachRuleGetsACaseNotUsedBeforeWhereTheCourseHasOneAndOtherwiseSaysWithWhichRuleItIsShared() {
		int fresh = 0;
		for (Rule rule : course.catalogue().rules()) {
			long about = course.scenarios().stream().filter(s -> s.rules().contains(rule.id())).count();
			// the same rule twice: the second asks for a case while the first took one
			List<TeamConversationService.Case> cases = TeamConversationService.cases(course,
					List.of(rule.id(), rule.id()));
			assertThat(cases.getFirst().sharedWith()).isNull();
			if (about == 0) {
				assertThat(cases).allMatch(c -> c.scenario() == null && c.sharedWith() == null);
			}
			else if (about == 1) {
				assertThat(cases.get(1).scenario()).isSameAs(cases.getFirst().scenario());
				assertThat(cases.get(1).sharedWith()).as(rule.id()).isEqualTo(rule.id());
			}
			else {
				assertThat(cases.get(1).scenario().id()).as(rule.id()).isNotEqualTo(cases.getFirst().scenario().id());
				assertThat(cases.get(1).sharedWith()).isNull();
				assertThat(cases.get(1).scenario().rules()).contains(rule.id());
				fresh++;
			}
		}
		// the course has rules with several scenarios, so choosing another was checked
		assertThat(fresh).isPositive();
	}

	@Test
	void theOpenMonthIsNotCounted() {
		YearMonth thisMonth = YearMonth.now(TimeConfiguration.ZONE);
		Set<String> openMonthRules = picked.get(3).startStep().rules();
		// the ten wrong answers of this month exist ...
		assertThat(jdbc.queryForObject(
				"select count(*) from answer_fact where department_code = ? and rule_id = ? and answered_on >= ?",
				Integer.class, department, openMonthRules.iterator().next(), thisMonth.atDay(1)))
			.isEqualTo(10);
		// ... and would top the list at 100 %, but the month is still open
		TeamConversation conversation = asHr();
		assertThat(conversation.lastMonth()).isEqualTo(thisMonth.minusMonths(1));
		assertThat(conversation.topics()).extracting(ConversationTopic::ruleId)
			.doesNotContainAnyElementsOf(openMonthRules);
	}

	@Test
	void aGroupBelowTheMinimumShowsNothingOnThePageNorInThePdf() throws Exception {
		SystemAuthentication.run(() -> settings.update(AnalyticsConfiguration.MIN_GROUP_SIZE, "11"));
		try {
			TeamConversation conversation = asHr();
			assertThat(conversation.empty()).isTrue();
			assertThat(conversation.minGroupSize()).isEqualTo(11);
			byte[] pdf = SystemAuthentication.call(() -> service.pdf(COURSE, department, Locale.of("nl")));
			String text = text(pdf);
			assertThat(text).contains("geen groep van minstens 11 personen").doesNotContain("Casus");
			expectedTop.forEach(rule -> assertThat(text).doesNotContain("Regel " + rule));
			assertThat(PdfA.violations(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
			assertThat(PdfA.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
		}
		finally {
			SystemAuthentication.run(() -> settings.update(AnalyticsConfiguration.MIN_GROUP_SIZE, "10"));
		}
		assertThat(asHr().topics()).hasSize(3);
	}

	@Test
	void theDemoManagerOpensTheirOwnDepartmentButNotAnother() {
		List<ConversationDepartment> theirs = learners.as("manager", () -> service.departments(COURSE));
		assertThat(theirs).extracting(ConversationDepartment::code).contains("VOR").doesNotContain(department);
		// the demo's answers in the manager's department lie in last month: figures show
		TeamConversation own = learners.as("manager", () -> service.conversation(COURSE, "VOR"));
		assertThat(own.topics()).hasSize(3);
		int refusedBefore = refusals();
		assertThatThrownBy(() -> learners.as("manager", () -> service.conversation(COURSE, department)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> learners.as("manager", () -> service.pdf(COURSE, department, Locale.of("nl"))))
			.isInstanceOf(AccessDeniedException.class);
		// each refusal is audited, under the manager, though the refused call rolled back
		assertThat(refusals() - refusedBefore).isEqualTo(2);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'analytics.team-conversation.refused' and subject = ?"
						+ " and actor <> 'system'",
				Integer.class, "course:" + COURSE + " department:" + department))
			.isGreaterThanOrEqualTo(2);
	}

	private int refusals() {
		Integer count = jdbc.queryForObject(
				"select count(*) from audit_event where action = 'analytics.team-conversation.refused' and subject = ?"
						+ " and result = 'DENIED'",
				Integer.class, "course:" + COURSE + " department:" + department);
		return count == null ? 0 : count;
	}

	@Test
	void hrOpensAnyDepartmentAndAnUnknownOneGetsAClearMessage() {
		assertThat(SystemAuthentication.call(() -> service.departments(COURSE)))
			.extracting(ConversationDepartment::code)
			.contains("VOR", "WON", department);
		assertThatThrownBy(() -> SystemAuthentication.call(() -> service.conversation(COURSE, "NOPE")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("analytics.team.unknown-department");
		assertThat(context.getMessage("analytics.team.unknown-department", null, Locale.of("nl")))
			.isEqualTo("Deze afdeling bestaat niet.");
	}

	@Test
	void thePdfIsPdfA2uAndPdfUa1WithTheRulesTheCasesAndTheQuestionsAndBothAreAudited() throws Exception {
		int before = audited();
		TeamConversation conversation = asHr();
		byte[] pdf = SystemAuthentication.call(() -> service.pdf(COURSE, department, Locale.of("nl")));
		assertThat(PdfA.violations(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
		assertThat(PdfA.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
		String text = text(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("Teamgesprek: Teamgesprek " + department, "Regel " + expectedTop.get(0),
				"Regel " + expectedTop.get(1), "Regel " + expectedTop.get(2), "Om te bespreken",
				"Wat zou jij doen in deze situatie, en waarom?", "(OFF-7)");
		int number = 1;
		for (ConversationTopic topic : conversation.topics()) {
			// each section leads with the rule in words, its code after it
			String heading = number++ + ". " + topic.rule().nl().replaceAll("\\s+", " ");
			assertThat(text).contains(heading, topic.scenarioTitle().nl().replaceAll("\\s+", " "));
			assertThat(text.indexOf(heading)).isLessThan(text.indexOf("Regel " + topic.ruleId() + " in de richtlijn"));
		}
		picked.get(3).startStep().rules().forEach(rule -> assertThat(text).doesNotContain("Regel " + rule));
		assertThat(audited() - before).isEqualTo(2);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'analytics.team-conversation.downloaded' and subject = ?",
				Integer.class, "course:" + COURSE + " department:" + department))
			.isPositive();
	}

	private int audited() {
		Integer count = jdbc.queryForObject(
				"select count(*) from audit_event where action like 'analytics.team-conversation.%' and subject = ?",
				Integer.class, "course:" + COURSE + " department:" + department);
		return count == null ? 0 : count;
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
