package nl.ambtenaaronline.training.content;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Content that does not validate, with every problem found. */
public class ContentValidationException extends RuntimeException {

	private final transient List<ContentProblem> problems;

	public ContentValidationException(List<ContentProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return problems;
	}

	private static String describe(List<ContentProblem> problems) {
		return "The course content has " + problems.size() + " problem(s):\n"
				+ problems.stream()
					.map(problem -> "  " + problem.describe(Locale.ENGLISH))
					.collect(Collectors.joining("\n"));
	}

}
