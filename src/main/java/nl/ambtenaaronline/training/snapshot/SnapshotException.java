package nl.ambtenaaronline.training.snapshot;

/** A snapshot request that cannot be done; the message is a message key. */
public class SnapshotException extends RuntimeException {

	public SnapshotException(String messageKey) {
		super(messageKey);
	}

}
