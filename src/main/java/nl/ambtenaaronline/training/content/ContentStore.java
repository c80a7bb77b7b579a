package nl.ambtenaaronline.training.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import nl.ambtenaaronline.training.content.Yaml.Loc;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Holds every course version loaded on this node. Loads at start-up (broken content stops
 * the start with the full list of problems) and on reload, which validates everything
 * first and swaps only when all courses are fine. Old versions stay available for the
 * attempts that run on them.
 */
@Component
class ContentStore {

	private static final Logger LOG = LoggerFactory.getLogger(ContentStore.class);

	static final String BUNDLED = "content/courses";

	/** One version as held. */
	record Held(LoadedCourse loaded, Instant loadedAt) {

	}

	/** Everything held, replaced as a whole. */
	private record State(Map<String, NavigableMap<SemanticVersion, Held>> versions,
			Map<String, SemanticVersion> current) {

	}

	/**
	 * Where content is read from: the folder, and the extra folder
	 * ({@code app.content.extra-path}) when one is configured.
	 */
	record Source(Path folder, boolean bundled, String configured, @Nullable Path extra) {

	}

	private final Clock clock;

	private volatile Source source;

	private volatile State state = new State(Map.of(), Map.of());

	@Autowired
	ContentStore(ContentProperties properties, Clock clock) {
		this.clock = clock;
		this.source = resolveSource(properties.path(), properties.extraPath());
		List<Candidate> loaded = loadAll(source);
		List<ContentProblem> problems = new ArrayList<>(loaded.stream().flatMap(c -> c.problems().stream()).toList());
		if (!problems.isEmpty()) {
			throw new ContentValidationException(problems);
		}
		apply(loaded);
		loaded.forEach(candidate -> LOG.info("Loaded course {} {} from {}", candidate.course().course().id(),
				candidate.course().course().version(),
				source.bundled() ? "the copy inside the application" : source.folder()));
	}

	/** Visible for tests in this package: a store over another folder. */
	ContentStore(Path folder, Clock clock) {
		this(new ContentProperties(folder.toString(), Duration.ZERO, ""), clock);
	}

	Source source() {
		return source;
	}

	/**
	 * Reads from another folder from the next reload on; returns the source before. Only
	 * for tests that must show a reload of broken content in the shared application.
	 */
	Source switchFolder(Path folder) {
		Source before = source;
		source = new Source(folder.toAbsolutePath().normalize(), false, folder.toString(), before.extra());
		return before;
	}

	/** Puts back a source returned by {@link #switchFolder(Path)}. */
	void restore(Source before) {
		source = before;
	}

	/** The course versions of this node, newest first per course. */
	List<LoadedVersion> loadedVersions() {
		State now = state;
		List<LoadedVersion> result = new ArrayList<>();
		now.versions().keySet().stream().sorted().forEach(courseId -> {
			SemanticVersion current = now.current().get(courseId);
			now.versions()
				.get(courseId)
				.descendingMap()
				.forEach((version, held) -> result.add(new LoadedVersion(courseId, version,
						held.loaded().course().contentHash(), held.loadedAt(), version.equals(current))));
		});
		return result;
	}

	Optional<Course> current(String courseId) {
		State now = state;
		SemanticVersion version = now.current().get(courseId);
		return version == null ? Optional.empty() : version(courseId, version);
	}

	Optional<Course> version(String courseId, SemanticVersion version) {
		return held(courseId, version).map(held -> held.loaded().course());
	}

	Optional<Held> held(String courseId, SemanticVersion version) {
		NavigableMap<SemanticVersion, Held> versions = state.versions().get(courseId);
		return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
	}

	List<Course> courses() {
		State now = state;
		return now.current()
			.keySet()
			.stream()
			.sorted()
			.map(courseId -> now.versions().get(courseId).get(now.current().get(courseId)).loaded().course())
			.toList();
	}

	/**
	 * Validates the source again and, when everything is fine, makes new versions
	 * current. Nothing changes when there is a problem.
	 */
	synchronized ReloadResult reload() {
		List<Candidate> loaded = loadAll(source);
		List<ContentProblem> problems = new ArrayList<>(loaded.stream().flatMap(c -> c.problems().stream()).toList());
		State now = state;
		List<String> seen = new ArrayList<>();
		for (Candidate candidate : loaded) {
			if (candidate.course() == null) {
				continue;
			}
			Course course = candidate.course().course();
			seen.add(course.id());
			SemanticVersion current = now.current().get(course.id());
			if (current == null) {
				continue;
			}
			Held held = now.versions().get(course.id()).get(course.version());
			Loc loc = candidate.course().versionLoc();
			if (held != null && !held.loaded().course().contentHash().equals(course.contentHash())) {
				problems.add(new ContentProblem(course.id(), CourseLoader.COURSE, loc.line(), loc.column(),
						"content.problem.version-not-raised", List.of(course.version().toString())));
			}
			else if (course.version().compareTo(current) < 0) {
				problems.add(new ContentProblem(course.id(), CourseLoader.COURSE, loc.line(), loc.column(),
						"content.problem.version-lower", List.of(course.version().toString(), current.toString())));
			}
		}
		now.current()
			.keySet()
			.stream()
			.filter(courseId -> !seen.contains(courseId))
			.filter(courseId -> loaded.stream().noneMatch(candidate -> candidate.folder().equals(courseId)))
			.sorted()
			.forEach(courseId -> problems
				.add(new ContentProblem(courseId, ".", 0, 0, "content.problem.course-removed", List.of(courseId))));
		if (!problems.isEmpty()) {
			return new ReloadResult(problems, List.of());
		}
		return new ReloadResult(List.of(), apply(loaded));
	}

	/** A course folder as loaded: the course, or its problems. */
	record Candidate(String folder, @Nullable LoadedCourse course, List<ContentProblem> problems) {

	}

	/**
	 * The courses of the folder, then those of the extra folder (which may have none).
	 */
	private static List<Candidate> loadAll(Source from) {
		List<Candidate> candidates = new ArrayList<>(loadAll(from.folder()));
		if (from.extra() != null) {
			candidates.addAll(courseFolders(from.extra()).stream().map(ContentStore::load).toList());
		}
		return candidates;
	}

	private static List<Path> courseFolders(Path root) {
		try (var children = Files.list(root)) {
			return children.filter(Files::isDirectory)
				.filter(child -> !child.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static Candidate load(Path folder) {
		CourseLoader.Result result = CourseLoader.load(folder);
		return new Candidate(folder.getFileName().toString(), result.course(), result.problems());
	}

	private static List<Candidate> loadAll(Path root) {
		List<Path> folders;
		try (var children = Files.list(root)) {
			folders = children.filter(Files::isDirectory)
				.filter(child -> !child.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			folders = List.of();
		}
		if (folders.isEmpty()) {
			return List.of(new Candidate("", null, List
				.of(new ContentProblem("", ".", 0, 0, "content.problem.no-courses", List.of(root.toString())))));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Path folder : folders) {
			CourseLoader.Result result = CourseLoader.load(folder);
			candidates.add(new Candidate(folder.getFileName().toString(), result.course(), result.problems()));
		}
		return candidates;
	}

	/** Adds the loaded versions and makes them current; returns what changed. */
	private List<CourseChange> apply(List<Candidate> loaded) {
		State now = state;
		Instant at = clock.instant();
		Map<String, NavigableMap<SemanticVersion, Held>> versions = new LinkedHashMap<>();
		now.versions().forEach((courseId, held) -> versions.put(courseId, new TreeMap<>(held)));
		Map<String, SemanticVersion> current = new LinkedHashMap<>(now.current());
		List<CourseChange> changes = new ArrayList<>();
		for (Candidate candidate : loaded) {
			LoadedCourse course = candidate.course();
			if (course == null) {
				continue;
			}
			String courseId = course.course().id();
			SemanticVersion version = course.course().version();
			NavigableMap<SemanticVersion, Held> held = versions.computeIfAbsent(courseId, id -> new TreeMap<>());
			if (!held.containsKey(version)) {
				held.put(version, new Held(course, at));
			}
			SemanticVersion previous = current.put(courseId, version);
			if (!version.equals(previous)) {
				changes.add(new CourseChange(courseId, previous, version));
			}
		}
		Map<String, NavigableMap<SemanticVersion, Held>> frozen = new LinkedHashMap<>();
		versions
			.forEach((courseId, held) -> frozen.put(courseId, java.util.Collections.unmodifiableNavigableMap(held)));
		state = new State(java.util.Collections.unmodifiableMap(frozen), Map.copyOf(current));
		changes.sort(Comparator.comparing(CourseChange::courseId));
		return changes;
	}

	// --- source

	private static Source resolveSource(String configured, String extraPath) {
		Path extra = extraPath.isBlank() ? null : Path.of(extraPath).toAbsolutePath().normalize();
		if (extra != null && !Files.isDirectory(extra)) {
			LOG.warn("Extra content folder {} does not exist; it is read again at every reload", extra);
		}
		Path folder = Path.of(configured);
		if (Files.isDirectory(folder)) {
			return new Source(folder.toAbsolutePath().normalize(), false, configured, extra);
		}
		LOG.warn("Content folder {} does not exist; using the copy of the content inside the application",
				folder.toAbsolutePath());
		return new Source(extractBundled(), true, configured, extra);
	}

	/**
	 * Copies the content packaged in the application ({@code content/courses/**} on the
	 * class path) to a temporary folder, so that it is read like any other folder.
	 */
	private static Path extractBundled() {
		try {
			Path target = Files.createTempDirectory("ambtenaar-content");
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
					ContentStore.class.getClassLoader());
			Resource[] resources = resolver.getResources("classpath*:" + BUNDLED + "/**");
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				int at = url.lastIndexOf(BUNDLED + "/");
				if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
					continue;
				}
				String relative = url.substring(at + BUNDLED.length() + 1);
				if (relative.isEmpty() || relative.contains("..")) {
					continue;
				}
				Path file = target.resolve(relative).normalize();
				if (!file.startsWith(target)) {
					continue;
				}
				Files.createDirectories(file.getParent());
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, file);
				}
				catch (IOException ex) {
					// a directory entry that looked like a file: skip
					LOG.debug("Skipped {}: {}", url, ex.getMessage());
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the content packaged in the application", ex);
		}
	}

}
