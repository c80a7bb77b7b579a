package nl.ambtenaaronline.training.content;

import org.jspecify.annotations.Nullable;

/**
 * What a reload changed for one course.
 *
 * @param courseId the course
 * @param from the version that was current, null for a course new on this node
 * @param to the version that is current now
 */
public record CourseChange(String courseId, @Nullable SemanticVersion from, SemanticVersion to) {

}
