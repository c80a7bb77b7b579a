package nl.ambtenaaronline.training.content;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a course, {@code major.minor.patch}. A new major version means that what
 * a learner must know has changed (recertification); minor and patch are wording.
 */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

	private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");

	private static final Comparator<SemanticVersion> ORDER = Comparator.comparingInt(SemanticVersion::major)
		.thenComparingInt(SemanticVersion::minor)
		.thenComparingInt(SemanticVersion::patch);

	public SemanticVersion {
		if (major < 0 || minor < 0 || patch < 0) {
			throw new IllegalArgumentException("negative version part");
		}
	}

	/** Parses {@code 1.2.3}; empty when the text is not a semantic version. */
	public static Optional<SemanticVersion> tryParse(String text) {
		Matcher matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new SemanticVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3))));
	}

	/**
	 * Parses {@code 1.2.3}.
	 * @throws IllegalArgumentException when the text is not a semantic version
	 */
	public static SemanticVersion parse(String text) {
		return tryParse(text).orElseThrow(() -> new IllegalArgumentException("Not a semantic version: " + text));
	}

	@Override
	public int compareTo(SemanticVersion other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return major + "." + minor + "." + patch;
	}

}
