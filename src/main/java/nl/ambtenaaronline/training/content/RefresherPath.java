package nl.ambtenaaronline.training.content;

import java.util.List;

/**
 * The short path a refresher learner must redo.
 *
 * @param lessons lesson ids, in course order
 * @param scenarios scenario ids, in course order
 */
public record RefresherPath(List<String> lessons, List<String> scenarios) {

	public RefresherPath {
		lessons = List.copyOf(lessons);
		scenarios = List.copyOf(scenarios);
	}

}
