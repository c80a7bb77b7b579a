package nl.ambtenaaronline.training.content;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ambtenaaronline.training.content.Yaml.Loc;
import nl.ambtenaaronline.training.content.Yaml.Node;
import org.jspecify.annotations.Nullable;

/**
 * The placeholders for sources that content may hold ({@code {{huisstijl-contact}}},
 * ...). Each is replaced when shown, from the setting {@code source.<name>}.
 */
final class Placeholders {

	/**
	 * The placeholder names content may use; each has a setting {@code source.<name>}.
	 */
	static final List<String> KNOWN = List.of("huisstijl-contact", "gedragscode-url", "handreiking-url");

	static final Pattern PATTERN = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	private Placeholders() {
	}

	static String settingKey(String name) {
		return "source." + name;
	}

	/** Reports every unknown placeholder in a YAML text at the text's position. */
	static void check(@Nullable Node node, String text, Problems problems) {
		Matcher matcher = PATTERN.matcher(text);
		while (matcher.find()) {
			if (!KNOWN.contains(matcher.group(1))) {
				problems.add(node == null ? Loc.START : node.loc(), "content.problem.unknown-placeholder",
						matcher.group(), String.join(", ", KNOWN.stream().map(name -> "{{" + name + "}}").toList()));
			}
		}
	}

	/** Reports every unknown placeholder in one line of Markdown. */
	static void checkLine(String line, int lineNumber, Problems problems) {
		Matcher matcher = PATTERN.matcher(line);
		while (matcher.find()) {
			if (!KNOWN.contains(matcher.group(1))) {
				problems.add(new Loc(lineNumber, matcher.start() + 1), "content.problem.unknown-placeholder",
						matcher.group(), String.join(", ", KNOWN.stream().map(name -> "{{" + name + "}}").toList()));
			}
		}
	}

	/** Replaces every known placeholder with the value the lookup gives for its name. */
	static String replace(String text, UnaryOperator<String> valueOfName) {
		Matcher matcher = PATTERN.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String replacement = KNOWN.contains(name) ? valueOfName.apply(name) : matcher.group();
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
