package nl.ambtenaaronline.training.employee.ui;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitedUploadTest {

	/** An endless body that counts what was read from it. */
	static final class Endless extends InputStream {

		long read;

		@Override
		public int read() {
			read++;
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			read += length;
			return length;
		}

	}

	@Test
	void aBodyOverTheLimitIsRefusedAfterReadingNoMoreThanTheLimitAndOneBuffer() throws IOException {
		Endless body = new Endless();
		assertThat(LimitedUpload.read(body, 1_000_000)).isEmpty();
		assertThat(body.read).isGreaterThan(1_000_000).isLessThanOrEqualTo(1_000_000 + 8192);
	}

	@Test
	void aBodyWithinTheLimitIsReadWhole() throws IOException {
		byte[] file = "personeelsnummer;voornaam\n1;Sanne\n".getBytes();
		assertThat(LimitedUpload.read(new java.io.ByteArrayInputStream(file), file.length)).hasValue(file);
		assertThat(LimitedUpload.read(new java.io.ByteArrayInputStream(file), file.length - 1)).isEmpty();
	}

}
