package nl.ambtenaaronline.training.employee;

/** What a roster file covers. */
public enum ImportMode {

	/**
	 * Only the people in the file: new people are added and changes applied; nobody is
	 * marked as left. The safe default.
	 */
	UPDATE,

	/**
	 * The file is the whole roster: people on the roster but missing from the file are
	 * marked as left.
	 */
	FULL,

	/**
	 * The file covers only the departments that appear in it: people of those departments
	 * missing from the file are marked as left; other departments are not touched.
	 */
	DEPARTMENTS

}
