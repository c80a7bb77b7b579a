package nl.ambtenaaronline.training.snapshot;

/** A snapshot download. */
public record SnapshotFile(String fileName, String contentType, byte[] content) {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String PDF = "application/pdf";

}
