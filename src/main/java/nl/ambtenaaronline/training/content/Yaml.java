package nl.ambtenaaronline.training.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * YAML read with Jackson's streaming parser into a small tree that keeps the line and
 * column of every node, so that semantic problems can name where they are. Scalars keep
 * their text: ids are always strings (a bare {@code OFF} stays "OFF").
 */
final class Yaml {

	private static final YAMLFactory FACTORY = new YAMLFactory();

	private Yaml() {
	}

	/** A 1-based position in a file. */
	record Loc(int line, int column) {

		static final Loc FILE = new Loc(0, 0);

		static final Loc START = new Loc(1, 1);

	}

	sealed interface Node permits MapNode, ListNode, ScalarNode {

		Loc loc();

	}

	record Entry(String key, Loc keyLoc, Node value) {

	}

	record MapNode(Loc loc, Map<String, Entry> entries) implements Node {

		@Nullable Node get(String key) {
			Entry entry = entries.get(key);
			return entry == null ? null : entry.value();
		}

	}

	record ListNode(Loc loc, List<Node> items) implements Node {

	}

	enum Kind {

		STRING, INTEGER, DECIMAL, BOOLEAN, NULL

	}

	record ScalarNode(Loc loc, @Nullable String text, Kind kind) implements Node {

	}

	/**
	 * Parses one YAML document.
	 * @param text the YAML
	 * @param lineOffset added to every line (for YAML inside a Markdown front matter)
	 * @param problems where syntax problems and duplicate keys go
	 * @return the root, or null when the text is not valid YAML (the problem is reported)
	 */
	static @Nullable Node parse(String text, int lineOffset, Problems problems) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
			JsonToken token = parser.nextToken();
			if (token == null) {
				return new ScalarNode(new Loc(1 + lineOffset, 1), null, Kind.NULL);
			}
			Node root = read(parser, token, lineOffset, problems);
			return root;
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			Loc loc = location == null ? Loc.START
					: new Loc(Math.max(1, location.getLineNr()) + lineOffset, Math.max(1, location.getColumnNr()));
			problems.add(loc, "content.problem.yaml-syntax", cleanMessage(ex.getOriginalMessage()));
			return null;
		}
	}

	private static Node read(JsonParser parser, JsonToken token, int lineOffset, Problems problems) {
		Loc loc = loc(parser, lineOffset);
		switch (token) {
			case START_OBJECT -> {
				Map<String, Entry> entries = new LinkedHashMap<>();
				JsonToken next;
				while ((next = parser.nextToken()) != JsonToken.END_OBJECT) {
					String key = parser.currentName();
					Loc keyLoc = loc(parser, lineOffset);
					Node value = read(parser, parser.nextToken(), lineOffset, problems);
					if (next == JsonToken.PROPERTY_NAME && entries.containsKey(key)) {
						problems.add(keyLoc, "content.problem.duplicate-key", key);
					}
					else {
						entries.put(key, new Entry(key, keyLoc, value));
					}
				}
				return new MapNode(loc, Collections.unmodifiableMap(entries));
			}
			case START_ARRAY -> {
				List<Node> items = new ArrayList<>();
				JsonToken next;
				while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
					items.add(read(parser, next, lineOffset, problems));
				}
				return new ListNode(loc, List.copyOf(items));
			}
			case VALUE_NUMBER_INT -> {
				return new ScalarNode(loc, parser.getString(), Kind.INTEGER);
			}
			case VALUE_NUMBER_FLOAT -> {
				return new ScalarNode(loc, parser.getString(), Kind.DECIMAL);
			}
			case VALUE_TRUE, VALUE_FALSE -> {
				return new ScalarNode(loc, parser.getString(), Kind.BOOLEAN);
			}
			case VALUE_NULL -> {
				return new ScalarNode(loc, null, Kind.NULL);
			}
			default -> {
				return new ScalarNode(loc, parser.getString(), Kind.STRING);
			}
		}
	}

	private static Loc loc(JsonParser parser, int lineOffset) {
		TokenStreamLocation location = parser.currentTokenLocation();
		return new Loc(location.getLineNr() + lineOffset, location.getColumnNr());
	}

	/**
	 * SnakeYAML's messages repeat the source with a caret; keep the words.
	 */
	static String cleanMessage(@Nullable String message) {
		if (message == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (String line : message.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("in reader") || trimmed.startsWith("^")
					|| line.startsWith("    ")) {
				continue;
			}
			parts.add(trimmed);
		}
		return String.join("; ", parts);
	}

}
