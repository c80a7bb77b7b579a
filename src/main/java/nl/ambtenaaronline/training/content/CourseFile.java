package nl.ambtenaaronline.training.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ambtenaaronline.training.content.Fields.Located;
import nl.ambtenaaronline.training.content.Yaml.Entry;
import nl.ambtenaaronline.training.content.Yaml.Loc;
import nl.ambtenaaronline.training.content.Yaml.MapNode;
import nl.ambtenaaronline.training.content.Yaml.Node;

/**
 * What {@code course.yaml} says, with the locations the checks across files need. Only
 * the file's own rules are checked here; whether the lessons and scenarios it lists exist
 * is checked by {@link CourseValidator}.
 */
record CourseFile(String id, SemanticVersion version, Loc versionLoc, GuidelineInfo guideline, LocalizedText title,
		LocalizedText summary, List<Located> lessons, List<Located> scenarios, List<Located> refresherLessons,
		List<Located> refresherScenarios, int scenarioPassMark, AssessmentSettings assessment,
		Map<String, Loc> drawLocs, CertificateSettings certificate) {

	/** Reads course.yaml; a course without a readable file gets empty settings. */
	static CourseFile read(CourseFiles files, Problems problems, String courseFolder) {
		Problems here = problems.in(CourseLoader.COURSE);
		Node root = files.yaml(CourseLoader.COURSE, true);
		Fields course = root == null ? null
				: Fields.of(root, Loc.START, here, "id", "version", "guideline", "title", "summary", "durationMinutes",
						"lessons", "scenarios", "refresher", "scenarioPassMark", "assessment", "certificate");
		if (course == null) {
			return new CourseFile(courseFolder, new SemanticVersion(0, 0, 0), Loc.START,
					new GuidelineInfo(new LocalizedText("", ""), "", new LocalizedText("", "")),
					new LocalizedText("", ""), new LocalizedText("", ""), List.of(), List.of(), List.of(), List.of(), 0,
					new AssessmentSettings(Map.of(), 0, 0, 0), Map.of(), new CertificateSettings(0, false));
		}
		Located id = course.string("id");
		if (!id.value().isEmpty() && !id.value().equals(courseFolder)) {
			here.add(id.loc(), "content.problem.course-id-folder", id.value(), courseFolder);
		}
		Located versionText = course.string("version");
		SemanticVersion version = SemanticVersion.tryParse(versionText.value()).orElse(null);
		if (version == null) {
			if (!versionText.value().isEmpty()) {
				here.add(versionText.loc(), "content.problem.version-format", versionText.value());
			}
			version = new SemanticVersion(0, 0, 0);
		}
		GuidelineInfo guideline = new GuidelineInfo(new LocalizedText("", ""), "", new LocalizedText("", ""));
		Fields guidelineFields = course.has("guideline")
				? Fields.of(course.node("guideline"), course.loc(), here, "title", "version", "date") : null;
		if (!course.has("guideline")) {
			here.add(course.loc(), "content.problem.missing-key", "guideline");
		}
		if (guidelineFields != null) {
			guideline = new GuidelineInfo(guidelineFields.text("title"), guidelineFields.string("version").value(),
					guidelineFields.text("date"));
		}
		LocalizedText title = course.text("title");
		LocalizedText summary = course.text("summary");
		if (course.has("durationMinutes")) {
			// no longer read: the engine computes the length from the content
			// (CourseLength)
			course.integer("durationMinutes", 1, 1000);
		}
		List<Located> lessons = LocatedIds.unique(course.strings("lessons"), here);
		List<Located> scenarios = LocatedIds.unique(course.strings("scenarios"), here);
		List<Located> refresherLessons = List.of();
		List<Located> refresherScenarios = List.of();
		if (course.has("refresher")) {
			Fields refresher = Fields.of(course.node("refresher"), course.loc(), here, "lessons", "scenarios");
			if (refresher != null) {
				refresherLessons = LocatedIds.unique(refresher.optionalStrings("lessons"), here);
				refresherScenarios = LocatedIds.unique(refresher.optionalStrings("scenarios"), here);
				Set<String> lessonIds = LocatedIds.values(lessons);
				Set<String> scenarioIds = LocatedIds.values(scenarios);
				refresherLessons.stream()
					.filter(lesson -> !lessonIds.contains(lesson.value()))
					.forEach(lesson -> here.add(lesson.loc(), "content.problem.refresher-unknown-lesson",
							lesson.value()));
				refresherScenarios.stream()
					.filter(scenario -> !scenarioIds.contains(scenario.value()))
					.forEach(scenario -> here.add(scenario.loc(), "content.problem.refresher-unknown-scenario",
							scenario.value()));
			}
		}
		int scenarioPassMark = course.integer("scenarioPassMark", 1, 100);
		AssessmentSettings assessment = new AssessmentSettings(Map.of(), 0, 0, 0);
		Map<String, Loc> drawLocs = new LinkedHashMap<>();
		MapNode assessmentNode = course.map("assessment");
		if (assessmentNode != null) {
			Fields fields = Fields.of(assessmentNode, course.loc(), here, "draw", "passMark", "maxAttempts",
					"cooldownMinutes");
			if (fields != null) {
				Map<String, Integer> draw = new LinkedHashMap<>();
				MapNode drawNode = fields.map("draw");
				if (drawNode != null) {
					Fields drawFields = Fields.of(drawNode, fields.loc(), here,
							drawNode.entries().keySet().toArray(String[]::new));
					for (Entry entry : drawNode.entries().values()) {
						draw.put(entry.key(), drawFields == null ? 0 : drawFields.integer(entry.key(), 0, 1000));
						drawLocs.put(entry.key(), entry.keyLoc());
					}
				}
				assessment = new AssessmentSettings(draw, fields.integer("passMark", 1, 100),
						fields.integer("maxAttempts", 1, 100), fields.integer("cooldownMinutes", 0, 525_600));
			}
		}
		CertificateSettings certificate = new CertificateSettings(0, false);
		MapNode certificateNode = course.map("certificate");
		if (certificateNode != null) {
			Fields fields = Fields.of(certificateNode, course.loc(), here, "validityMonths", "publicVerification");
			if (fields != null) {
				certificate = new CertificateSettings(fields.integer("validityMonths", 1, 240),
						fields.bool("publicVerification"));
			}
		}
		return new CourseFile(id.value().isEmpty() ? courseFolder : id.value(), version, versionText.loc(), guideline,
				title, summary, lessons, scenarios, refresherLessons, refresherScenarios, scenarioPassMark, assessment,
				drawLocs, certificate);
	}

}
