package nl.ambtenaaronline.training.analytics;

import java.time.YearMonth;
import java.util.List;

import nl.ambtenaaronline.training.content.LocalizedText;

/**
 * The team conversation of one department: the (at most) three rules its people most
 * often got wrong at first try, each with a case. Counted only from closed months and
 * from cells of at least {@code minGroupSize} people; empty when no such cell exists.
 *
 * @param lastMonth the last (closed) month counted
 * @param topics most often wrong first; empty means nothing may be shown
 */
public record TeamConversation(String courseId, LocalizedText courseTitle, ConversationDepartment department,
		YearMonth lastMonth, int minGroupSize, List<ConversationTopic> topics) {

	/**
	 * The three questions to discuss with every case, as message keys: generic, so that
	 * they add no duty to the guideline; the last points to its own advice (OFF-7).
	 */
	public static final List<String> QUESTIONS = List.of("analytics.team.question.1", "analytics.team.question.2",
			"analytics.team.question.3");

	public TeamConversation {
		topics = List.copyOf(topics);
	}

	/**
	 * Whether there is nothing to show: no group of the minimum size in closed months.
	 */
	public boolean empty() {
		return topics.isEmpty();
	}

}
