package nl.ambtenaaronline.training.employee;

/**
 * A roster import that was not carried out: the file has problems, or the leavers need
 * the explicit confirmation (or their number differs from the one confirmed). Nothing was
 * written; {@link #preview()} is the fresh preview that explains why.
 */
public class RosterImportRejectedException extends RuntimeException {

	private final transient RosterPreview preview;

	public RosterImportRejectedException(RosterPreview preview, String reason) {
		super(reason);
		this.preview = preview;
	}

	public RosterPreview preview() {
		return preview;
	}

}
