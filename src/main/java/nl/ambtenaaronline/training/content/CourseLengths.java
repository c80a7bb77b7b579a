package nl.ambtenaaronline.training.content;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Computes a {@link CourseLength} from the content; see there for the rules. */
final class CourseLengths {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern ENTITY = Pattern.compile("&[a-zA-Z#0-9]+;");

	private CourseLengths() {
	}

	static CourseLength of(List<Lesson> lessons, List<Scenario> scenarios, List<Question> questions,
			AssessmentSettings assessment, RefresherPath refresher) {
		List<Scenario> main = scenarios.stream().filter(scenario -> !scenario.deepening()).toList();
		List<Lesson> refresherLessons = refresher.lessons().isEmpty() ? lessons
				: lessons.stream().filter(lesson -> refresher.lessons().contains(lesson.id())).toList();
		List<Scenario> refresherScenarios = refresher.scenarios().isEmpty() ? scenarios
				: scenarios.stream().filter(scenario -> refresher.scenarios().contains(scenario.id())).toList();
		int[] exam = assessment(questions, assessment);
		return new CourseLength(path(lessons, main, exam), path(lessons, scenarios, exam),
				path(refresherLessons, refresherScenarios, exam));
	}

	/**
	 * The path of the given lessons and scenarios, with one assessment attempt or
	 * without: what is left of a course for a learner who has done the rest.
	 */
	static CourseLength.Path remaining(List<Lesson> lessons, List<Scenario> scenarios, List<Question> questions,
			AssessmentSettings assessment, boolean withAssessment) {
		return path(lessons, scenarios, withAssessment ? assessment(questions, assessment) : new int[] { 0, 0 });
	}

	private static CourseLength.Path path(List<Lesson> lessons, List<Scenario> scenarios, int[] exam) {
		int words = exam[1];
		int steps = 0;
		for (Lesson lesson : lessons) {
			words += words(lesson);
		}
		for (Scenario scenario : scenarios) {
			int[] played = bestPath(scenario);
			steps += played[0];
			words += played[1];
		}
		return new CourseLength.Path(lessons.size(), scenarios.size(), steps, exam[0], words);
	}

	static int words(Lesson lesson) {
		int words = words(lesson.title().nl()) + words(html(lesson.introHtml().nl()));
		for (LessonSection section : lesson.sections()) {
			words += words(section.title().nl()) + words(html(section.html().nl()));
		}
		return words;
	}

	/** Steps and words along the best path: at each step the (first) best choice. */
	static int[] bestPath(Scenario scenario) {
		int steps = 0;
		int words = words(scenario.title().nl());
		Set<String> seen = new HashSet<>();
		String at = scenario.start();
		while (seen.add(at)) {
			ScenarioStep step = scenario.step(at).orElse(null);
			if (step == null) {
				words += scenario.ending(at).map(ending -> words(ending.summary().nl())).orElse(0);
				break;
			}
			steps++;
			words += words(step.situation().nl());
			ScenarioChoice best = null;
			for (ScenarioChoice choice : step.choices()) {
				words += words(choice.text().nl());
				if (best == null || choice.score() > best.score()) {
					best = choice;
				}
			}
			if (best == null) {
				break;
			}
			words += words(best.feedback().nl());
			at = best.next();
		}
		return new int[] { steps, words };
	}

	/**
	 * Questions and words of one attempt: per group the drawn number at the group's mean.
	 */
	private static int[] assessment(List<Question> questions, AssessmentSettings assessment) {
		int count = 0;
		double words = 0;
		for (Map.Entry<String, Integer> draw : assessment.drawPerGroup().entrySet()) {
			List<Question> pool = questions.stream()
				.filter(question -> question.group().equals(draw.getKey()))
				.toList();
			if (pool.isEmpty()) {
				continue;
			}
			double mean = pool.stream().mapToInt(CourseLengths::words).average().orElse(0);
			count += draw.getValue();
			words += mean * draw.getValue();
		}
		return new int[] { count, (int) Math.round(words) };
	}

	static int words(Question question) {
		int words = words(question.prompt().nl());
		for (QuestionOption option : question.options()) {
			words += words(option.text().nl());
		}
		return words;
	}

	private static String html(String html) {
		return ENTITY.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ");
	}

	static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
