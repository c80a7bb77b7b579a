package nl.ambtenaaronline.training.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.content.LocalizedText;
import nl.ambtenaaronline.training.content.Rule;
import nl.ambtenaaronline.training.content.Scenario;
import nl.ambtenaaronline.training.content.ScenarioStep;

import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which parts of the guideline are misunderstood: per rule the share of first answers
 * that were wrong, per scenario step how often each choice was taken. Built from the
 * answer facts it keeps (aggregated in the database), with the disclosure control of
 * {@link Cells} and the minimum group size from the audited settings.
 */
@Service
public class AnalyticsService {

	/** From when, if the filter has no start. */
	private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

	private final AnswerFacts facts;

	private final ContentService contents;

	private final SettingsService settings;

	private final AuditService audit;

	private final Clock clock;

	AnalyticsService(AnswerFacts facts, ContentService contents, SettingsService settings, AuditService audit,
			Clock clock) {
		this.facts = facts;
		this.contents = contents;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public MisconceptionReport misconceptions(AnalyticsFilter filter) {
		Course course = contents.current(filter.courseId())
			.orElseThrow(() -> new IllegalArgumentException("analytics.unknown-course"));
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			throw new IllegalArgumentException("analytics.period-order");
		}
		int k = minGroupSize();
		YearMonth lastClosed = lastClosedMonth();
		LocalDate from = (filter.from() == null ? EARLIEST : filter.from()).atDay(1);
		LocalDate to = (filter.to() == null || filter.to().isAfter(lastClosed) ? lastClosed : filter.to())
			.atEndOfMonth();
		boolean leftOut = false;

		List<RuleFigure> rules = new ArrayList<>();
		for (Map.Entry<String, Map<Cells.Key, Cells.Tally>> rule : Cells.perRule(facts.ruleCells(course.id(), from, to))
			.entrySet()) {
			leftOut |= Cells.leftOut(rule.getValue(), filter, k);
			Cells.Tally sum = Cells.sum(rule.getValue(), filter, k);
			if (sum.answers() > 0) {
				LocalizedText text = course.catalogue()
					.rule(rule.getKey())
					.map(Rule::text)
					.orElse(new LocalizedText(rule.getKey(), rule.getKey()));
				rules.add(new RuleFigure(rule.getKey(), text, sum.answers(), sum.wrong()));
			}
		}
		rules.sort(Comparator.comparingInt(RuleFigure::percentWrong).reversed().thenComparing(RuleFigure::ruleId));

		Map<String, Map<Cells.Key, Cells.Tally>> steps = Cells.perStep(facts.choiceCells(course.id(), from, to));
		List<ChoiceFigure> choices = new ArrayList<>();
		for (Scenario scenario : course.scenarios()) {
			for (ScenarioStep step : scenario.steps()) {
				Map<Cells.Key, Cells.Tally> cells = steps.get(scenario.id() + "/" + step.id());
				if (cells == null) {
					continue;
				}
				leftOut |= Cells.leftOut(cells, filter, k);
				Cells.Tally sum = Cells.sum(cells, filter, k);
				if (sum.people() == 0) {
					continue;
				}
				for (int i = 0; i < step.choices().size(); i++) {
					long taken = sum.choices().getOrDefault(i, 0L);
					choices.add(new ChoiceFigure(scenario.id(), scenario.title(), step.id(),
							scenario.steps().indexOf(step) + 1, i,
							contents.resolvePlaceholders(step.choices().get(i).text()),
							step.choices().get(i).score() == step.bestScore(), taken,
							(int) Math.round(taken * 100.0 / sum.people())));
				}
			}
		}
		audit.record("analytics.viewed", "course:" + course.id(), AuditResult.SUCCESS,
				"department=" + filter.departmentCode() + " newHires=" + filter.newHires() + " from=" + filter.from()
						+ " to=" + filter.to());
		return new MisconceptionReport(filter, k, rules, choices, leftOut);
	}

	/**
	 * The last month analytics shows: the one before the current month (Amsterdam time).
	 * A month still open would change with every answer given, so comparing two views a
	 * day apart would show what the people who answered in between answered; a closed
	 * month never changes again.
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public YearMonth lastClosedMonth() {
		return YearMonth.now(clock.withZone(TimeConfiguration.ZONE)).minusMonths(1);
	}

	/** The smallest group shown, from the audited settings (never below 5). */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public int minGroupSize() {
		return Math.max(5, settings.integer(AnalyticsConfiguration.MIN_GROUP_SIZE));
	}

}
