package nl.ambtenaaronline.training.integration;

import java.util.List;

/**
 * The daily file's layout (docs/integrations.md), stable: UTF-8 without byte order mark,
 * comma separated, CRLF line ends (RFC 4180), one header line, one row per event in
 * sequence order. Fields with a comma, quote or line break are quoted, quotes doubled.
 */
final class HrFeedCsv {

	static final List<String> HEADER = List.of("sequence", "event", "employee_number", "course_id", "course_version",
			"reference", "occurred_at", "recorded_at");

	private HrFeedCsv() {
	}

	static String write(List<FeedEvent> events) {
		StringBuilder csv = new StringBuilder();
		line(csv, HEADER);
		for (FeedEvent event : events) {
			line(csv,
					List.of(Long.toString(event.sequence()), event.kind().name(), event.employeeNumber(),
							event.courseId(), event.courseVersion(), event.reference(), event.occurredAt().toString(),
							event.recordedAt().toString()));
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(fields.get(i)));
		}
		csv.append("\r\n");
	}

	static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
