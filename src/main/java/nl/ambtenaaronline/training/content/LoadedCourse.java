package nl.ambtenaaronline.training.content;

import java.util.Map;
import java.util.Optional;

/**
 * A course as this engine holds it: the public record, plus its image bytes (so that an
 * old version keeps its images after the folder changes) and where its version is
 * written.
 */
record LoadedCourse(Course course, Map<String, byte[]> images, Yaml.Loc versionLoc) {

	LoadedCourse {
		images = Map.copyOf(images);
	}

	/** An image by its path inside the {@code images/} folder, e.g. {@code logo.svg}. */
	Optional<byte[]> image(String name) {
		return Optional.ofNullable(images.get("images/" + name));
	}

}
