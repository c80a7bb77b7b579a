package nl.ambtenaaronline.training.audit;

import java.util.List;

import nl.ambtenaaronline.training.shared.SpreadsheetCells;

/**
 * One audit event as a line of an export: JSON (one object per line, every field
 * including the hash link) or CSV (semicolons, quoted, cells that a spreadsheet would
 * read as a formula neutralised with a leading apostrophe).
 */
final class AuditExportLines {

	static final String CSV_HEADER = "id;occurredAt;actor;action;subject;result;origin;details;previousHash;hash\r\n";

	private AuditExportLines() {
	}

	static String json(AuditEntry entry) {
		return "{\"id\":" + entry.id() + ",\"occurredAt\":" + quote(entry.occurredAt().toString()) + ",\"actor\":"
				+ quote(entry.actor()) + ",\"action\":" + quote(entry.action()) + ",\"subject\":"
				+ quote(entry.subject()) + ",\"result\":" + quote(entry.result().name()) + ",\"origin\":"
				+ quote(entry.origin()) + ",\"details\":" + quote(entry.details()) + ",\"previousHash\":"
				+ quote(entry.previousHash()) + ",\"hash\":" + quote(entry.hash()) + "}\n";
	}

	/**
	 * An anchor of the chain head (keyed digest), after the events of a JSON-lines
	 * export, so an external log system holds a copy the database cannot change.
	 */
	static String json(AuditAnchors.Anchor anchor) {
		return "{\"anchor\":" + anchor.seq() + ",\"hash\":" + quote(anchor.hash()) + ",\"anchoredAt\":"
				+ quote(anchor.anchoredAt().toString()) + ",\"mac\":" + quote(anchor.mac()) + "}\n";
	}

	static String csv(AuditEntry entry) {
		List<String> cells = List.of(Long.toString(entry.id()), entry.occurredAt().toString(), entry.actor(),
				entry.action(), entry.subject(), entry.result().name(), entry.origin(), entry.details(),
				entry.previousHash(), entry.hash());
		StringBuilder line = new StringBuilder();
		for (String cell : cells) {
			if (!line.isEmpty()) {
				line.append(';');
			}
			line.append('"').append(SpreadsheetCells.text(cell).replace("\"", "\"\"")).append('"');
		}
		return line.append("\r\n").toString();
	}

	static String quote(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
