package nl.ambtenaaronline.training.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.ambtenaaronline.training.content.Yaml.Loc;
import nl.ambtenaaronline.training.content.Yaml.Node;
import org.jspecify.annotations.Nullable;

/**
 * The files of one course folder, read once: every regular file inside the folder (hidden
 * files and links leaving the folder are skipped or reported), decoded as UTF-8 or YAML
 * on demand. Remembers when a file could not be read at all, so that the checks across
 * files do not repeat that problem.
 */
final class CourseFiles {

	private final Problems problems;

	private final Map<String, byte[]> files = new TreeMap<>();

	private boolean incomplete;

	private CourseFiles(Problems problems) {
		this.problems = problems;
	}

	/** Reads every file of the folder; a missing folder is reported. */
	static CourseFiles read(Path folder, Problems problems) {
		CourseFiles files = new CourseFiles(problems);
		files.readAll(folder);
		return files;
	}

	private void readAll(Path folder) {
		Path root;
		try {
			root = folder.toRealPath();
		}
		catch (IOException ex) {
			problems.in(".").add(Loc.FILE, "content.problem.folder-missing", folder.toString());
			return;
		}
		if (!Files.isDirectory(root)) {
			problems.in(".").add(Loc.FILE, "content.problem.folder-missing", folder.toString());
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted().toList()) {
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					continue;
				}
				String relative = root.relativize(path).toString().replace('\\', '/');
				if (relative.startsWith(".") || relative.contains("/.")) {
					continue;
				}
				if (Files.isSymbolicLink(path)) {
					Path real;
					try {
						real = path.toRealPath();
					}
					catch (IOException ex) {
						problems.in(relative).add(Loc.FILE, "content.problem.outside-folder");
						continue;
					}
					if (!real.startsWith(root)) {
						problems.in(relative).add(Loc.FILE, "content.problem.outside-folder");
						continue;
					}
				}
				if (Files.isRegularFile(path)) {
					files.put(relative, Files.readAllBytes(path));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every file name, relative to the course folder, sorted. */
	Set<String> names() {
		return files.keySet();
	}

	/** The SHA-256 over every file name and content: equal content, equal hash. */
	String hash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((name, bytes) -> {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The files under {@code images/}, by name. */
	Map<String, byte[]> images() {
		Map<String, byte[]> images = new HashMap<>();
		files.forEach((name, bytes) -> {
			if (name.startsWith("images/")) {
				images.put(name, bytes);
			}
		});
		return images;
	}

	/**
	 * A file as UTF-8 text (without a byte order mark); null when missing or not UTF-8.
	 */
	@Nullable String text(String name, boolean required) {
		byte[] bytes = files.get(name);
		if (bytes == null) {
			if (required) {
				problems.in(name).add(Loc.FILE, "content.problem.file-missing");
			}
			return null;
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			problems.in(name).add(Loc.FILE, "content.problem.not-utf8");
			return null;
		}
	}

	/** A file as YAML; null (and the course incomplete) when it cannot be read. */
	@Nullable Node yaml(String name, boolean required) {
		String text = text(name, required);
		Node node = text == null ? null : Yaml.parse(text, 0, problems.in(name));
		if (node == null) {
			incomplete = true;
		}
		return node;
	}

	/** Marks the course as not read completely: checks across files are then skipped. */
	void markIncomplete() {
		incomplete = true;
	}

	boolean incomplete() {
		return incomplete;
	}

}
