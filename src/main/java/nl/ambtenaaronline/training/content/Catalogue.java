package nl.ambtenaaronline.training.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ambtenaaronline.training.content.Yaml.Loc;

/**
 * The guideline's own rule catalogue, shipped in the course as {@code catalogue.md}: a
 * verbatim copy of the guideline's rule table
 * ({@code | ID | Strength | Dutch | English |}). {@code rules.yaml} must hold exactly
 * these ids, with the same strength and texts, so that a course cannot drift from the
 * guideline it teaches.
 */
final class Catalogue {

	static final String FILE = "catalogue.md";

	private static final Pattern ROW = Pattern
		.compile("^\\|\\s*([A-Z][A-Z0-9]*-[0-9]+)\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");

	/** A row of the table and its line. */
	record Row(String id, String strength, String dutch, String english, Loc loc) {

	}

	private Catalogue() {
	}

	/** The rows of the table, by id, in order; duplicates reported. */
	static Map<String, Row> parse(String text, Problems problems) {
		Map<String, Row> rows = new LinkedHashMap<>();
		int lineNumber = 0;
		for (String line : text.lines().toList()) {
			lineNumber++;
			Matcher matcher = ROW.matcher(line);
			if (!matcher.matches()) {
				continue;
			}
			Row row = new Row(matcher.group(1), matcher.group(2).strip(), matcher.group(3).strip(),
					matcher.group(4).strip(), new Loc(lineNumber, 1));
			if (rows.putIfAbsent(row.id(), row) != null) {
				problems.add(row.loc(), "content.problem.duplicate-id", row.id(),
						FILE + ":" + rows.get(row.id()).loc().line());
			}
		}
		if (rows.isEmpty()) {
			problems.add(Loc.FILE, "content.problem.catalogue-empty");
		}
		return rows;
	}

}
