package nl.ambtenaaronline.training.shared;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A titled table of personal data: {@code key} is stable (JSON name, message key suffix
 * {@code privacy.section.<key>}), each row keeps its field order, values are already
 * readable text (dates in ISO 8601).
 */
public record PersonalDataSection(String key, List<Map<String, String>> rows) {

	public PersonalDataSection {
		rows = List.copyOf(rows);
	}

	/**
	 * A section from database rows (e.g. {@code JdbcTemplate.queryForList}): column names
	 * become camelCase field names, timestamps ISO 8601 instants, {@code null} an empty
	 * text.
	 */
	public static PersonalDataSection ofColumns(String key, List<Map<String, Object>> columns) {
		return new PersonalDataSection(key, columns.stream().map(PersonalDataSection::readable).toList());
	}

	private static Map<String, String> readable(Map<String, Object> columns) {
		Map<String, String> row = new LinkedHashMap<>();
		columns.forEach((column, value) -> row.put(camelCase(column), text(value)));
		return row;
	}

	private static String camelCase(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

	private static String text(Object value) {
		return switch (value) {
			case null -> "";
			case OffsetDateTime time -> time.toInstant().toString();
			case Timestamp time -> time.toInstant().toString();
			case java.sql.Date date -> date.toLocalDate().toString();
			case TemporalAccessor temporal -> temporal.toString();
			default -> value.toString();
		};
	}

}
