package nl.ambtenaaronline.training.content;

import java.time.Instant;

/**
 * A course version held in memory on this node.
 *
 * @param courseId the course
 * @param version the version
 * @param contentHash SHA-256 over the course folder's files
 * @param loadedAt when this node loaded it
 * @param current whether it is the version new attempts start on
 */
public record LoadedVersion(String courseId, SemanticVersion version, String contentHash, Instant loadedAt,
		boolean current) {

}
