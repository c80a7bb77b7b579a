package nl.ambtenaaronline.training.content;

/**
 * How long a course takes, computed from its content (Dutch, the language most learners
 * read): the words a learner reads at {@link #WORDS_PER_MINUTE}, plus
 * {@link #SECONDS_PER_STEP} to decide at every scenario step and
 * {@link #SECONDS_PER_QUESTION} per assessment question. A scenario is read along its
 * best path (the situation and every choice of each step, the feedback of the best
 * choice, the ending); the assessment as one attempt (per rule group the drawn number of
 * questions of the group's average length).
 *
 * @param main the main path: every lesson, every scenario not marked as deepening, the
 * assessment
 * @param withDeepening the main path plus the deepening scenarios
 * @param refresher the refresher path: its lessons and scenarios, the assessment
 */
public record CourseLength(Path main, Path withDeepening, Path refresher) {

	/** Reading speed for Dutch at B1. */
	public static final int WORDS_PER_MINUTE = 200;

	/** Time to weigh the choices of one scenario step, beyond reading them. */
	public static final int SECONDS_PER_STEP = 20;

	/** Time to weigh one assessment question, beyond reading it. */
	public static final int SECONDS_PER_QUESTION = 20;

	/** Minutes of the main path, as shown to learners. */
	public int mainMinutes() {
		return main.minutes();
	}

	/**
	 * One path through the course.
	 *
	 * @param lessons lessons on the path
	 * @param scenarios scenarios on the path
	 * @param steps scenario steps on the path (along each scenario's best path)
	 * @param questions assessment questions of one attempt
	 * @param words words read
	 */
	public record Path(int lessons, int scenarios, int steps, int questions, int words) {

		/** Seconds: reading plus deciding. */
		public int seconds() {
			return (int) Math.ceil(words * 60.0 / WORDS_PER_MINUTE) + steps * SECONDS_PER_STEP
					+ questions * SECONDS_PER_QUESTION;
		}

		/** Whole minutes, rounded up. */
		public int minutes() {
			return (seconds() + 59) / 60;
		}

	}

}
