package nl.ambtenaaronline.training.audit;

/** The formats the audit trail can be exported in. */
public enum AuditExportFormat {

	/**
	 * JSON lines: one event per line with its hash fields, for an external log system.
	 */
	JSON_LINES("application/x-ndjson", "jsonl"),
	/** CSV for a spreadsheet: UTF-8 with BOM, semicolons (Dutch Excel). */
	CSV("text/csv", "csv");

	private final String contentType;

	private final String extension;

	AuditExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

}
