package nl.ambtenaaronline.training.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ambtenaaronline.training.content.Fields.Located;
import nl.ambtenaaronline.training.content.Yaml.Loc;
import org.jspecify.annotations.Nullable;

/**
 * A course as {@link CourseReader} read it, file by file, with the locations that
 * {@link CourseValidator} needs to report a rule across files where it is broken.
 *
 * @param lessons the lessons built from both languages (sections paired by position)
 * @param lessonFiles every lesson id found in {@code lessons/}, with its files
 * @param scenarioFiles the id and file name of every scenario file found
 * @param ruleRefs every place a file names a rule id
 * @param choices every scenario choice with its score and rules
 */
record CourseRead(CourseFile course, RulesRead rules, List<Lesson> lessons, List<LessonFiles> lessonFiles,
		List<Scenario> scenarios, Map<String, String> scenarioFiles, List<Question> questions, List<RuleRef> ruleRefs,
		List<ChoiceRef> choices) {

	/** rules.yaml as read, and the rows of catalogue.md it must equal. */
	record RulesRead(RuleCatalogue catalogue, Map<String, Loc> idLocs, Map<String, Map<String, Loc>> fieldLocs,
			Loc rulesLoc, Map<String, Catalogue.Row> catalogueRows) {

	}

	/** One lesson id and its two files, parsed where present. */
	record LessonFiles(String id, String nlFile, String enFile, String someFile, LessonMarkdown.@Nullable Parsed nl,
			LessonMarkdown.@Nullable Parsed en) {

	}

	/** A rule id where a file names it. */
	record RuleRef(String file, Located rule) {

	}

	/**
	 * A scenario choice with what is checked against the catalogue.
	 *
	 * @param scoreValid whether the score is present and a valid number
	 * @param scenarioRules the rules the scenario lists (a choice may name only those)
	 */
	record ChoiceRef(String file, Loc scoreLoc, boolean scoreValid, int score, List<Located> rules,
			Set<String> scenarioRules) {

	}

}
