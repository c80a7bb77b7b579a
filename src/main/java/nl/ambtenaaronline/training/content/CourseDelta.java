package nl.ambtenaaronline.training.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in a course version compared with the previous major version
 * ({@code delta.yaml}, see {@code content/FORMAT.md}): the rules added, changed and
 * removed, and the material that teaches and tests the added and changed ones. People
 * holding a valid certificate of the previous major version take only that material ("Wat
 * is er veranderd"); everyone else takes the whole course.
 *
 * @param from the previous version the differences are counted against
 * @param added rules in this version that the previous one did not have
 * @param changed rules whose wording or strength changed
 * @param removed rules the previous version had and this one has not
 * @param lessonSections per lesson id (course order), the sections (1 = the first
 * {@code ## } section) of the delta path
 * @param scenarios the scenarios of the delta path
 * @param questions the questions of the delta path's assessment (all of them, every
 * attempt)
 */
public record CourseDelta(SemanticVersion from, List<String> added, List<String> changed, List<String> removed,
		Map<String, List<Integer>> lessonSections, List<String> scenarios, List<String> questions) {

	public CourseDelta {
		added = List.copyOf(added);
		changed = List.copyOf(changed);
		removed = List.copyOf(removed);
		Map<String, List<Integer>> copy = new LinkedHashMap<>();
		lessonSections.forEach((lesson, sections) -> copy.put(lesson, List.copyOf(sections)));
		lessonSections = java.util.Collections.unmodifiableMap(copy);
		scenarios = List.copyOf(scenarios);
		questions = List.copyOf(questions);
	}

	/** The rules a learner on the delta path must learn: added, then changed. */
	public List<String> rulesToLearn() {
		List<String> rules = new ArrayList<>(added);
		rules.addAll(changed);
		return rules;
	}

	/**
	 * Whether someone whose last completion was on {@code completedVersion} and is valid
	 * until {@code validUntil} takes the delta path today: the completion is of the
	 * previous major version (minor versions teach the same rules) and still valid.
	 */
	public boolean appliesTo(SemanticVersion completedVersion, LocalDate validUntil, LocalDate today) {
		return completedVersion.major() == from.major() && validUntil.isAfter(today);
	}

}
