package nl.ambtenaaronline.training.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves lesson images, read-only, from the course version in memory:
 * {@code /course-images/<course>/<version>/<path inside images/>}. Only files that the
 * loader read from the course's {@code images/} folder can be served; anything else is
 * 404. SVG gets a sandboxing Content-Security-Policy, so that a script inside it never
 * runs.
 */
@RestController
class CourseImageController {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

	private static final Map<String, MediaType> TYPES = Map.of("svg", MediaType.valueOf("image/svg+xml"), "png",
			MediaType.IMAGE_PNG, "jpg", MediaType.IMAGE_JPEG, "jpeg", MediaType.IMAGE_JPEG, "gif", MediaType.IMAGE_GIF,
			"webp", MediaType.valueOf("image/webp"));

	private final ContentStore store;

	CourseImageController(ContentStore store) {
		this.store = store;
	}

	@GetMapping("/" + CourseLoader.IMAGE_URL_PREFIX + "{courseId}/{version}/{*path}")
	ResponseEntity<byte[]> image(@PathVariable String courseId, @PathVariable String version,
			@PathVariable String path) {
		String name = path.startsWith("/") ? path.substring(1) : path;
		Optional<SemanticVersion> parsed = SemanticVersion.tryParse(version);
		MediaType type = TYPES.get(extension(name));
		if (parsed.isEmpty() || type == null || !NAME.matcher(name).matches()) {
			return ResponseEntity.notFound().build();
		}
		return store.held(courseId, parsed.get())
			.flatMap(held -> held.loaded().image(name))
			.map(bytes -> ResponseEntity.ok()
				.contentType(type)
				.cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate())
				.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
				.body(bytes))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static boolean servable(String name) {
		return TYPES.containsKey(extension(name));
	}

}
