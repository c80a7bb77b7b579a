package nl.ambtenaaronline.training.employee;

/**
 * An uploaded roster file, as the import page holds it between preview and confirmation.
 *
 * @param fileName the name the browser gave (only shown, never trusted)
 * @param content the bytes as uploaded
 * @param mode full or department import
 */
public record RosterUpload(String fileName, byte[] content, ImportMode mode) {

	public RosterUpload withMode(ImportMode newMode) {
		return new RosterUpload(fileName, content, newMode);
	}

	@Override
	public String toString() {
		return "RosterUpload[" + fileName + ", " + content.length + " bytes, " + mode + "]";
	}

}
