package nl.ambtenaaronline.training.content;

import java.util.List;

/**
 * The outcome of a reload: either the new content is in use ({@code problems} empty;
 * {@code changes} empty when nothing changed), or the old content stays and
 * {@code problems} says why.
 *
 * @param problems everything wrong with the new content
 * @param changes the courses that got a new current version
 */
public record ReloadResult(List<ContentProblem> problems, List<CourseChange> changes) {

	public ReloadResult {
		problems = List.copyOf(problems);
		changes = List.copyOf(changes);
	}

	public boolean success() {
		return problems.isEmpty();
	}

}
