package nl.ambtenaaronline.training.content;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import nl.ambtenaaronline.training.content.Yaml.Kind;
import nl.ambtenaaronline.training.content.Yaml.ListNode;
import nl.ambtenaaronline.training.content.Yaml.Loc;
import nl.ambtenaaronline.training.content.Yaml.MapNode;
import nl.ambtenaaronline.training.content.Yaml.Node;
import nl.ambtenaaronline.training.content.Yaml.ScalarNode;
import org.jspecify.annotations.Nullable;

/**
 * Typed, located reading of one YAML map. Every missing key, wrong type or unknown key is
 * reported; the reader then gets a harmless default, so that reading goes on and finds
 * the next problem too.
 */
final class Fields {

	/** A string and where it stands. */
	record Located(String value, Loc loc) {

	}

	private final Problems problems;

	private final MapNode map;

	private Fields(Problems problems, MapNode map, Set<String> allowed) {
		this.problems = problems;
		this.map = map;
		map.entries().values().forEach(entry -> {
			if (!allowed.contains(entry.key())) {
				problems.add(entry.keyLoc(), "content.problem.unknown-key", entry.key(), String.join(", ", allowed));
			}
		});
	}

	/**
	 * Reads a node as a map with the given keys; null (and a problem) when it is no map.
	 */
	static @Nullable Fields of(@Nullable Node node, Loc where, Problems problems, String... allowed) {
		if (node instanceof MapNode map) {
			return new Fields(problems, map, new java.util.LinkedHashSet<>(List.of(allowed)));
		}
		problems.add(node == null ? where : node.loc(), "content.problem.expected-map");
		return null;
	}

	Loc loc() {
		return map.loc();
	}

	boolean has(String key) {
		Node node = map.get(key);
		return node != null && !(node instanceof ScalarNode scalar && scalar.kind() == Kind.NULL);
	}

	@Nullable Node node(String key) {
		return map.get(key);
	}

	/** Where the key's value stands, or the map when the key is missing. */
	Loc locOf(String key) {
		Node node = map.get(key);
		return node == null ? map.loc() : node.loc();
	}

	Problems problems() {
		return problems;
	}

	private boolean present(String key) {
		if (!has(key)) {
			problems.add(locOf(key), "content.problem.missing-key", key);
			return false;
		}
		return true;
	}

	/** A required text that is not shown to learners (an id, a version). */
	Located string(String key) {
		if (!present(key)) {
			return new Located("", locOf(key));
		}
		Node node = map.get(key);
		if (node instanceof ScalarNode scalar && scalar.text() != null) {
			if (scalar.text().isBlank()) {
				problems.add(scalar.loc(), "content.problem.empty", key);
			}
			return new Located(scalar.text().strip(), scalar.loc());
		}
		problems.add(locOf(key), "content.problem.expected-text", key);
		return new Located("", locOf(key));
	}

	int integer(String key, int min, int max) {
		if (!present(key)) {
			return min;
		}
		return integerValue(key, min, max);
	}

	OptionalInt optionalInteger(String key, int min, int max) {
		return has(key) ? OptionalInt.of(integerValue(key, min, max)) : OptionalInt.empty();
	}

	/** A required whole number; empty when it is missing or wrong (and reported). */
	OptionalInt checkedInteger(String key, int min, int max) {
		if (!present(key)) {
			return OptionalInt.empty();
		}
		Node node = map.get(key);
		int value = integerValue(key, min, max);
		boolean valid = node instanceof ScalarNode scalar && scalar.kind() == Kind.INTEGER && scalar.text() != null
				&& scalar.text().replace("_", "").equals(Integer.toString(value));
		return valid ? OptionalInt.of(value) : OptionalInt.empty();
	}

	private int integerValue(String key, int min, int max) {
		Node node = map.get(key);
		if (node instanceof ScalarNode scalar && scalar.kind() == Kind.INTEGER && scalar.text() != null) {
			long value;
			try {
				value = Long.parseLong(scalar.text().replace("_", ""));
			}
			catch (NumberFormatException ex) {
				value = Long.MAX_VALUE;
			}
			if (value < min || value > max) {
				problems.add(scalar.loc(), rangeKey(key), key, scalar.text(), min, max);
				return min;
			}
			return (int) value;
		}
		problems.add(locOf(key), "content.problem.expected-integer", key);
		return min;
	}

	private static String rangeKey(String key) {
		return switch (key) {
			case "score" -> "content.problem.score-range";
			case "passMark", "scenarioPassMark" -> "content.problem.pass-mark-range";
			default -> "content.problem.range";
		};
	}

	boolean bool(String key) {
		if (!present(key)) {
			return false;
		}
		Node node = map.get(key);
		if (node instanceof ScalarNode scalar && scalar.kind() == Kind.BOOLEAN && scalar.text() != null) {
			return Boolean.parseBoolean(scalar.text().toLowerCase(java.util.Locale.ROOT));
		}
		problems.add(locOf(key), "content.problem.expected-boolean", key);
		return false;
	}

	/** A text in both languages: {@code {nl: ..., en: ...}}. */
	LocalizedText text(String key) {
		if (!present(key)) {
			return new LocalizedText("", "");
		}
		return localized(map.get(key), key, problems);
	}

	static LocalizedText localized(@Nullable Node node, String key, Problems problems) {
		if (!(node instanceof MapNode map)) {
			problems.add(node == null ? Loc.START : node.loc(), "content.problem.expected-localized", key);
			return new LocalizedText("", "");
		}
		map.entries().values().forEach(entry -> {
			if (!entry.key().equals("nl") && !entry.key().equals("en")) {
				problems.add(entry.keyLoc(), "content.problem.unknown-key", entry.key(), "nl, en");
			}
		});
		String nl = language(map, "nl", "content.problem.missing-dutch", key, problems);
		String en = language(map, "en", "content.problem.missing-english", key, problems);
		LocalizedText text = new LocalizedText(nl, en);
		Placeholders.check(map.get("nl"), nl, problems);
		Placeholders.check(map.get("en"), en, problems);
		return text;
	}

	private static String language(MapNode map, String language, String problemKey, String key, Problems problems) {
		Node node = map.get(language);
		if (node instanceof ScalarNode scalar && scalar.text() != null && !scalar.text().isBlank()) {
			return scalar.text().strip();
		}
		problems.add(node == null ? map.loc() : node.loc(), problemKey, key);
		return "";
	}

	/** A required list of texts, e.g. rule ids. */
	List<Located> strings(String key) {
		if (!present(key)) {
			return List.of();
		}
		return stringsValue(key);
	}

	List<Located> optionalStrings(String key) {
		return has(key) ? stringsValue(key) : List.of();
	}

	private List<Located> stringsValue(String key) {
		Node node = map.get(key);
		if (!(node instanceof ListNode list)) {
			problems.add(locOf(key), "content.problem.expected-list", key);
			return List.of();
		}
		List<Located> values = new ArrayList<>();
		for (Node item : list.items()) {
			if (item instanceof ScalarNode scalar && scalar.text() != null && !scalar.text().isBlank()) {
				values.add(new Located(scalar.text().strip(), scalar.loc()));
			}
			else {
				problems.add(item.loc(), "content.problem.expected-list-text", key);
			}
		}
		return values;
	}

	@Nullable ListNode list(String key) {
		if (!present(key)) {
			return null;
		}
		if (map.get(key) instanceof ListNode list) {
			return list;
		}
		problems.add(locOf(key), "content.problem.expected-list", key);
		return null;
	}

	@Nullable MapNode map(String key) {
		if (!present(key)) {
			return null;
		}
		if (map.get(key) instanceof MapNode value) {
			return value;
		}
		problems.add(locOf(key), "content.problem.expected-map-of", key);
		return null;
	}

}
