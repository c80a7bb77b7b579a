package nl.ambtenaaronline.training.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of one course, so that the editor sees all of them at once. A
 * view {@link #in(String) in} a file adds problems to the same list.
 */
final class Problems {

	private static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::file)
		.thenComparingInt(ContentProblem::line)
		.thenComparingInt(ContentProblem::column);

	private final String course;

	private final String file;

	private final List<ContentProblem> all;

	Problems(String course) {
		this(course, "", new ArrayList<>());
	}

	private Problems(String course, String file, List<ContentProblem> all) {
		this.course = course;
		this.file = file;
		this.all = all;
	}

	/** The same list, for problems in another file (relative to the course folder). */
	Problems in(String otherFile) {
		return new Problems(course, otherFile, all);
	}

	String file() {
		return file;
	}

	void add(Yaml.Loc loc, String key, Object... args) {
		all.add(new ContentProblem(course, file, loc.line(), loc.column(), key,
				Arrays.stream(args).map(String::valueOf).toList()));
	}

	boolean isEmpty() {
		return all.isEmpty();
	}

	/** Every problem, sorted by file, line and column (stable for equal positions). */
	List<ContentProblem> sorted() {
		return all.stream().sorted(ORDER).toList();
	}

}
