package nl.ambtenaaronline.training.content;

import org.jspecify.annotations.Nullable;

/**
 * A version of a course became the current one: at start-up (then {@code previous} is
 * null, on every node and every start) or after a reload that brought a higher version.
 * Listeners compare with the version they last saw, so that a repeat is harmless.
 *
 * @param courseId the course
 * @param version the new current version
 * @param previous the version that was current on this node before, null at start-up
 * @param major whether the major number rose compared with {@code previous} (what a
 * learner must know changed: recertification)
 */
public record CourseVersionPublished(String courseId, SemanticVersion version, @Nullable SemanticVersion previous,
		boolean major) {

}
