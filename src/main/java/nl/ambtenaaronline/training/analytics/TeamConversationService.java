package nl.ambtenaaronline.training.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.Rule;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.reporting.ReportingService;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.pdf.PdfKit;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Teamgesprek": for one department the three rules its people most often got wrong at
 * first try, each with a scenario of the course as a case to discuss, on a page and as a
 * PDF/A. A manager opens the departments of their own team ("Mijn team", scoped by the
 * reporting service), HR and administrators any department. The disclosure control is
 * that of the misconception analytics ({@link Cells}): closed months only, only cells of
 * at least the minimum group size, nothing when there is none. Opening and downloading
 * are audited.
 */
@Service
public class TeamConversationService {

	/** How many rules a conversation is about. */
	static final int TOPICS = 3;

	/** From when, as the misconception analytics without a start. */
	private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

	private final AnalyticsService analytics;

	private final AnswerFacts facts;

	private final ContentService contents;

	private final EmployeeService employees;

	private final ReportingService reporting;

	private final AuditService audit;

	private final TeamConversationPdf renderer;

	private final TransactionTemplate ownTransaction;

	TeamConversationService(AnalyticsService analytics, AnswerFacts facts, ContentService contents,
			EmployeeService employees, ReportingService reporting, AuditService audit, MessageSource messages,
			PdfKit kit, AppProperties properties, PlatformTransactionManager transactionManager) {
		this.analytics = analytics;
		this.facts = facts;
		this.contents = contents;
		this.employees = employees;
		this.reporting = reporting;
		this.audit = audit;
		this.renderer = new TeamConversationPdf(messages, kit, properties.cityName());
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The departments the caller may open: for HR and administrators every department;
	 * for a manager those of the people in their team as "Mijn team" counts them.
	 */
	@RolesAllowed({ Roles.MANAGER, Roles.HR, Roles.ADMIN })
	public List<ConversationDepartment> departments(String courseId) {
		course(courseId);
		if (anyDepartment()) {
			return employees.departments()
				.stream()
				.map(department -> new ConversationDepartment(department.code(), department.name()))
				.toList();
		}
		return reporting.teamDashboard(courseId)
			.departments()
			.stream()
			.map(department -> new ConversationDepartment(department.code(), department.name()))
			.toList();
	}

	/**
	 * The conversation of one department; audited. A manager asking for a department
	 * outside their team is refused.
	 */
	@RolesAllowed({ Roles.MANAGER, Roles.HR, Roles.ADMIN })
	@Transactional
	public TeamConversation conversation(String courseId, String departmentCode) {
		TeamConversation conversation = build(courseId, departmentCode);
		audit.record("analytics.team-conversation.viewed", subject(conversation), AuditResult.SUCCESS,
				"topics=" + conversation.topics().size() + " to=" + conversation.lastMonth());
		return conversation;
	}

	/**
	 * The conversation as a PDF/A-2u and PDF/UA-1 document in the given language; for a
	 * group below the minimum it holds only that message. Audited.
	 */
	@RolesAllowed({ Roles.MANAGER, Roles.HR, Roles.ADMIN })
	@Transactional
	public byte[] pdf(String courseId, String departmentCode, Locale locale) {
		TeamConversation conversation = build(courseId, departmentCode);
		byte[] pdf = renderer.render(conversation, locale);
		audit.record("analytics.team-conversation.downloaded", subject(conversation), AuditResult.SUCCESS,
				"topics=" + conversation.topics().size() + " to=" + conversation.lastMonth() + " language="
						+ locale.getLanguage());
		return pdf;
	}

	/**
	 * A manager asked for a department outside their team: refused, and audited after the
	 * caller's transaction (which the refusal rolls back) in one of its own.
	 */
	private AccessDeniedException refused(Course course, String departmentCode) {
		String subject = "course:" + course.id() + " department:"
				+ departmentCode.substring(0, Math.min(40, departmentCode.length()));
		Runnable record = () -> ownTransaction.executeWithoutResult(
				status -> audit.record("analytics.team-conversation.refused", subject, AuditResult.DENIED, ""));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					record.run();
				}
			});
		}
		else {
			record.run();
		}
		return new AccessDeniedException("not a department of the manager's team");
	}

	private static String subject(TeamConversation conversation) {
		return "course:" + conversation.courseId() + " department:" + conversation.department().code();
	}

	private TeamConversation build(String courseId, String departmentCode) {
		Course course = course(courseId);
		ConversationDepartment department = departments(courseId).stream()
			.filter(candidate -> candidate.code().equals(departmentCode))
			.findFirst()
			.orElseThrow(() -> anyDepartment() ? new IllegalArgumentException("analytics.team.unknown-department")
					: refused(course, departmentCode));
		Figures figures = figures(course);
		AnalyticsFilter filter = new AnalyticsFilter(course.id(), department.code(), NewHires.ALL, null,
				figures.lastMonth());
		List<Ranked> ranked = new ArrayList<>();
		for (Map.Entry<String, Map<Cells.Key, Cells.Tally>> rule : Cells.perRule(figures.cells()).entrySet()) {
			Cells.Tally sum = Cells.sum(rule.getValue(), filter, figures.minGroupSize());
			Optional<Rule> known = course.catalogue().rule(rule.getKey());
			if (sum.wrong() > 0 && known.isPresent()) {
				ranked.add(new Ranked(known.get(), sum.answers(), sum.wrong()));
			}
		}
		ranked.sort(MOST_OFTEN_WRONG);
		List<Ranked> top = ranked.subList(0, Math.min(TOPICS, ranked.size()));
		List<Case> cases = cases(course, top.stream().map(rule -> rule.rule().id()).toList());
		List<ConversationTopic> topics = new ArrayList<>();
		for (int i = 0; i < top.size(); i++) {
			Ranked rule = top.get(i);
			Scenario scenario = cases.get(i).scenario();
			topics.add(new ConversationTopic(rule.rule().id(), rule.rule().text(), rule.answers(), rule.wrong(),
					scenario == null ? null : scenario.id(), scenario == null ? null : scenario.title(),
					scenario == null ? null : contents.resolvePlaceholders(scenario.startStep().situation()),
					cases.get(i).sharedWith()));
		}
		return new TeamConversation(course.id(), course.title(), department, figures.lastMonth(),
				figures.minGroupSize(), topics);
	}

	/**
	 * The first-answer cells of the course up to the last closed month, with the minimum
	 * group size. Analytics gives these aggregates to HR and administrators only, and
	 * does not know a manager's team; the caller's right to this department has been
	 * checked above with their own rights, so the cells are read as the system, and only
	 * what {@link Cells} publishes for that department leaves this service.
	 */
	private Figures figures(Course course) {
		return SystemAuthentication.call(() -> {
			YearMonth lastMonth = analytics.lastClosedMonth();
			LocalDate from = EARLIEST.atDay(1);
			return new Figures(analytics.minGroupSize(), lastMonth,
					facts.ruleCells(course.id(), from, lastMonth.atEndOfMonth()));
		});
	}

	/**
	 * The case per rule, in the order given: a scenario not used for an earlier rule
	 * where the course has one ({@link #caseFor}); else the one it has, saying with which
	 * earlier rule it is shared; none when no scenario is about the rule.
	 */
	static List<Case> cases(Course course, List<String> ruleIds) {
		List<Case> cases = new ArrayList<>();
		Map<String, String> usedBy = new LinkedHashMap<>();
		for (String ruleId : ruleIds) {
			Scenario scenario = caseFor(course, ruleId, usedBy.keySet());
			if (scenario == null) {
				cases.add(new Case(null, null));
				continue;
			}
			String earlier = usedBy.putIfAbsent(scenario.id(), ruleId);
			cases.add(new Case(scenario, earlier));
		}
		return cases;
	}

	/**
	 * A rule's case, and the earlier rule it is shared with when the course has no other.
	 */
	record Case(@Nullable Scenario scenario, @Nullable String sharedWith) {
	}

	/**
	 * The case for a rule: the first scenario in course order whose opening step has a
	 * choice naming the rule (the main path before the deepening ones), else one that
	 * names the rule at all; one not used for an earlier rule where there is one.
	 */
	static @Nullable Scenario caseFor(Course course, String ruleId, Set<String> used) {
		List<Scenario> ordered = new ArrayList<>(course.scenarios());
		ordered.sort(Comparator.comparing(Scenario::deepening));
		for (boolean fresh : new boolean[] { true, false }) {
			for (Scenario scenario : ordered) {
				if ((!fresh || !used.contains(scenario.id())) && opensWith(scenario, ruleId)) {
					return scenario;
				}
			}
			for (Scenario scenario : ordered) {
				if ((!fresh || !used.contains(scenario.id())) && scenario.rules().contains(ruleId)) {
					return scenario;
				}
			}
		}
		return null;
	}

	private static boolean opensWith(Scenario scenario, String ruleId) {
		return scenario.startStep().rules().contains(ruleId);
	}

	/**
	 * Highest share wrong first (exactly, not rounded), then most wrong, then rule id.
	 */
	static final Comparator<Ranked> MOST_OFTEN_WRONG = (a, b) -> {
		int share = Long.compare(b.wrong() * a.answers(), a.wrong() * b.answers());
		if (share != 0) {
			return share;
		}
		int wrong = Long.compare(b.wrong(), a.wrong());
		return wrong != 0 ? wrong : a.rule().id().compareTo(b.rule().id());
	};

	private Course course(String courseId) {
		return contents.current(courseId).orElseThrow(() -> new IllegalArgumentException("analytics.unknown-course"));
	}

	private static boolean anyDepartment() {
		Authentication authentication = SecurityContexts.authentication();
		if (authentication == null) {
			return false;
		}
		Set<String> any = Set.of(Role.HR.authority(), Role.ADMIN.authority());
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(any::contains);
	}

	record Ranked(Rule rule, long answers, long wrong) {
	}

	private record Figures(int minGroupSize, YearMonth lastMonth, List<AnswerFactCell> cells) {
	}

}
