package nl.ambtenaaronline.training.employee.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives an uploaded file into memory, but reads no further than the limit: a body that
 * goes over it is refused as soon as the limit is passed, so a request that skips the
 * browser's own size check cannot make the server hold more than the limit. Vaadin's
 * in-memory handler reads the whole body first.
 */
final class LimitedUpload implements UploadHandler {

	private static final int BUFFER = 8192;

	private final long limit;

	private final SerializableBiConsumer<String, byte[]> received;

	private final SerializableRunnable tooLarge;

	/**
	 * @param limit the most bytes accepted
	 * @param received called in the UI with the file name and the bytes
	 * @param tooLarge called in the UI when the body was larger than the limit
	 */
	LimitedUpload(long limit, SerializableBiConsumer<String, byte[]> received, SerializableRunnable tooLarge) {
		this.limit = limit;
		this.received = received;
		this.tooLarge = tooLarge;
	}

	@Override
	public void handleUploadRequest(UploadEvent event) throws IOException {
		Optional<byte[]> content;
		try (InputStream in = event.getInputStream()) {
			content = read(in, limit);
		}
		if (content.isEmpty()) {
			event.reject("too large");
			event.getUI().access(tooLarge::run);
			return;
		}
		String fileName = event.getFileName();
		byte[] bytes = content.get();
		event.getUI().access(() -> received.accept(fileName, bytes));
	}

	/**
	 * The stream's bytes, or nothing when it holds more than {@code limit}: reading stops
	 * at the first buffer past the limit.
	 */
	static Optional<byte[]> read(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[BUFFER];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > limit) {
				return Optional.empty();
			}
			out.write(buffer, 0, read);
		}
		return Optional.of(out.toByteArray());
	}

}
