package nl.ambtenaaronline.training.employee;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a roster file. A header cell matches a column when, ignoring case,
 * spaces, hyphens, underscores and dots, it equals one of the column's names; the first
 * name is the Dutch one, the second the English one (see {@code docs/roster-import.md}).
 */
public enum RosterColumn {

	EMPLOYEE_NUMBER(true, 40, "personeelsnummer", "employee number", "personeelsnr", "employee no"),

	FIRST_NAME(true, 100, "voornaam", "first name", "given name", "roepnaam"),

	TUSSENVOEGSEL(false, 40, "tussenvoegsel", "infix", "tussenvoegsels", "name prefix"),

	LAST_NAME(true, 150, "achternaam", "last name", "surname", "family name"),

	EMAIL(false, 254, "e-mail", "work e-mail", "e-mailadres", "email address", "werk e-mail", "work email address"),

	DEPARTMENT_CODE(true, 40, "afdelingscode", "department code"),

	DEPARTMENT_NAME(false, 200, "afdeling", "department", "afdelingsnaam", "department name"),

	MANAGER(true, 40, "leidinggevende", "manager", "personeelsnummer leidinggevende", "manager employee number"),

	START_DATE(true, 10, "datum in dienst", "start date", "startdatum", "begindatum"),

	END_DATE(false, 10, "datum uit dienst", "end date", "einddatum"),

	WORKER_TYPE(false, 20, "soort", "worker type", "soort medewerker", "type"),

	SPONSOR(false, 40, "sponsor", "sponsor employee number", "personeelsnummer sponsor");

	private static final Map<String, RosterColumn> BY_NAME = new HashMap<>();

	static {
		for (RosterColumn column : values()) {
			for (String name : column.names) {
				BY_NAME.put(normalise(name), column);
			}
		}
	}

	private final boolean required;

	private final int maxLength;

	private final List<String> names;

	RosterColumn(boolean required, int maxLength, String... names) {
		this.required = required;
		this.maxLength = maxLength;
		this.names = List.of(names);
	}

	/** Whether the header must have this column (its values may still be empty). */
	public boolean required() {
		return required;
	}

	public int maxLength() {
		return maxLength;
	}

	/** The Dutch header name. */
	public String dutchName() {
		return names.get(0);
	}

	/** The English header name. */
	public String englishName() {
		return names.get(1);
	}

	/** All accepted header names, Dutch first. */
	public List<String> names() {
		return names;
	}

	/** The message key of the column's label. */
	public String labelKey() {
		return "roster.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static @Nullable RosterColumn forHeader(String header) {
		return BY_NAME.get(normalise(header));
	}

	static String normalise(String header) {
		StringBuilder result = new StringBuilder(header.length());
		header.toLowerCase(Locale.ROOT)
			.codePoints()
			.filter(Character::isLetterOrDigit)
			.forEach(result::appendCodePoint);
		return result.toString();
	}

}
