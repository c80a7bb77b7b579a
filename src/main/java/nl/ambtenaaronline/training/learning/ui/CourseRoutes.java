package nl.ambtenaaronline.training.learning.ui;

/** The learner's routes of a course. */
final class CourseRoutes {

	private CourseRoutes() {
	}

	static String course(String courseId) {
		return "course/" + courseId;
	}

	static String lesson(String courseId, String lessonId) {
		return "course/" + courseId + "/lesson/" + lessonId;
	}

	static String scenario(String courseId, String scenarioId) {
		return "course/" + courseId + "/scenario/" + scenarioId;
	}

	static String assessment(String courseId) {
		return "course/" + courseId + "/assessment";
	}

	/** The id of a lesson's section, numbered from 1, to link to it. */
	static String sectionId(int number) {
		return "section-" + number;
	}

}
