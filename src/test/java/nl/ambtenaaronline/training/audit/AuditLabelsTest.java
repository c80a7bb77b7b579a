package nl.ambtenaaronline.training.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action code the code base audits, and every kind of subject it names, has a label
 * in Dutch and in English, so the audit log never shows a raw code to an auditor. The
 * codes are read from the sources: the first argument of each {@code record(...)} call on
 * the audit service (a literal, or a constant made of literals), and the literal a
 * subject starts with.
 */
class AuditLabelsTest {

	private static final Path SOURCES = Path.of("src/main/java");

	/**
	 * A call of {@code AuditService.record}: {@code audit.record(} or {@code .record(}.
	 */
	private static final Pattern RECORD = Pattern
		.compile("(?<![\\w.#])(?:audit\\s*\\.\\s*|\\)\\s*\\.\\s*|)record\\s*\\(");

	private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*([^;]+);");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	@Test
	void everyAuditedActionHasADutchAndAnEnglishLabel() throws IOException {
		Set<String> actions = new TreeSet<>();
		for (Call call : calls()) {
			actions.add(call.action());
		}
		assertThat(actions).as("the scan finds the codes")
			.contains("assignment.extended", "analytics.team-conversation.viewed", "access.denied",
					"security-alert.account-locked", "audit.chain-checked");
		for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
			Properties labels = load(bundle);
			assertThat(actions.stream().filter(action -> !labels.containsKey("audit.label." + action)).toList())
				.as("action codes without audit.label.<code> in " + bundle)
				.isEmpty();
		}
	}

	@Test
	void everyKindOfAuditedSubjectHasADutchAndAnEnglishLabel() throws IOException {
		Set<String> kinds = new TreeSet<>();
		Set<String> bare = new TreeSet<>();
		for (Call call : calls()) {
			String subject = call.subjectStart();
			if (subject == null || subject.equals("-")) {
				continue;
			}
			int colon = subject.indexOf(':');
			if (colon > 0) {
				kinds.add(subject.substring(0, colon));
			}
			else if (call.subjectIsWhole()) {
				bare.add(subject);
			}
		}
		assertThat(bare).as("the scan finds subjects without a number").contains("access-review", "content");
		assertThat(kinds).contains("assignment", "employee", "course");
		for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
			Properties labels = load(bundle);
			// people and accounts are named by the features that know them
			assertThat(kinds.stream()
				.filter(kind -> !Set.of("employee", "account").contains(kind))
				.filter(kind -> !labels.containsKey("audit.kind." + kind))
				.toList()).as("subject kinds without audit.kind.<kind> in " + bundle).isEmpty();
			assertThat(bare.stream().filter(subject -> !labels.containsKey("audit.subject." + subject)).toList())
				.as("subjects without audit.subject.<subject> in " + bundle)
				.isEmpty();
		}
	}

	/** One audit call as written in the sources. */
	record Call(String where, String action, String subjectStart, boolean subjectIsWhole) {
	}

	private static List<Call> calls() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(SOURCES)) {
			files = walk.filter(path -> path.toString().endsWith(".java")).toList();
		}
		Map<String, String> constants = new HashMap<>();
		Map<Path, String> texts = new HashMap<>();
		for (Path file : files) {
			String text = Files.readString(file);
			texts.put(file, text);
			Matcher constant = CONSTANT.matcher(text);
			while (constant.find()) {
				constants.putIfAbsent(constant.group(1), constant.group(2).strip());
			}
		}
		List<Call> calls = new ArrayList<>();
		for (Path file : files) {
			String text = texts.get(file);
			boolean audits = text.contains("AuditService") || file.endsWith("AuditService.java");
			if (!audits) {
				continue;
			}
			Matcher record = RECORD.matcher(text);
			while (record.find()) {
				int start = record.end();
				if (isDeclaration(text, record.start())) {
					continue;
				}
				List<String> arguments = arguments(text, start);
				String where = file + ":" + (1 + text.substring(0, start).split("\n", -1).length - 1);
				assertThat(arguments).as("arguments of the audit call at " + where).hasSizeGreaterThanOrEqualTo(2);
				if (file.endsWith("AuditService.java") && arguments.get(0).strip().equals("action")) {
					// the service's own overload handing the caller's code on
					continue;
				}
				String action = evaluate(arguments.get(0), constants, where);
				String subjectExpression = arguments.get(1).strip();
				Matcher literal = LITERAL.matcher(subjectExpression);
				String subject = subjectExpression.startsWith("\"") && literal.lookingAt() ? literal.group(1) : null;
				boolean whole = subject != null && literal.end() == subjectExpression.length();
				calls.add(new Call(where, action, subject, whole));
			}
		}
		assertThat(calls).as("audit calls found in " + SOURCES.toAbsolutePath()).hasSizeGreaterThan(50);
		return calls;
	}

	/**
	 * Whether the match declares a method called {@code record} ({@code void record(},
	 * {@code List<String> record(}) rather than calling one: a type stands before it.
	 */
	private static boolean isDeclaration(String text, int at) {
		Matcher before = Pattern.compile("(?<!-)([\\w>\\]]+)\\s*$").matcher(text.substring(Math.max(0, at - 40), at));
		return before.find() && !before.group(1).equals("return");
	}

	/** The top-level arguments of a call, from just after its opening parenthesis. */
	private static List<String> arguments(String text, int from) {
		List<String> arguments = new ArrayList<>();
		int depth = 0;
		boolean inString = false;
		StringBuilder current = new StringBuilder();
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inString) {
				current.append(c);
				if (c == '\\') {
					current.append(text.charAt(++i));
				}
				else if (c == '"') {
					inString = false;
				}
				continue;
			}
			if (c == '"') {
				inString = true;
			}
			else if (c == '(' || c == '{' || c == '[') {
				depth++;
			}
			else if (c == ')' || c == '}' || c == ']') {
				if (depth == 0) {
					arguments.add(current.toString());
					return arguments;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				arguments.add(current.toString());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		return arguments;
	}

	/**
	 * The value of an action code: literals and constants joined with {@code +}; anything
	 * else fails, naming where, so that a new kind of call is seen rather than skipped.
	 */
	private static String evaluate(String expression, Map<String, String> constants, String where) {
		StringBuilder value = new StringBuilder();
		for (String part : expression.split("\\+")) {
			String term = part.strip();
			Matcher literal = LITERAL.matcher(term);
			if (literal.matches()) {
				value.append(literal.group(1));
				continue;
			}
			String name = term.substring(term.lastIndexOf('.') + 1);
			String constant = constants.get(name);
			assertThat(constant)
				.as("the action code at " + where + " (" + term
						+ ") must be a literal or a constant made of literals, so this test can read it")
				.isNotNull();
			value.append(evaluate(constant, constants, where));
		}
		return value.toString();
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AuditLabelsTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
