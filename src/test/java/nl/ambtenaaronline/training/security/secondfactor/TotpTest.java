package nl.ambtenaaronline.training.security.secondfactor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	/** The SHA-1 seed of RFC 6238, appendix B. */
	static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void codesMatchTheTestVectorsOfRfc6238() {
		// RFC 6238 gives 8 digits; 6 digits are the last six of them (the value modulo
		// 10^6)
		assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void aCodeIsAcceptedForItsStepAndOneStepEitherSideOnly() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step), now, -1)).hasValue(step);
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 1), now, -1)).hasValue(step - 1);
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step + 1), now, -1)).hasValue(step + 1);
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 2), now, -1)).isEmpty();
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step + 2), now, -1)).isEmpty();
	}

	@Test
	void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);
		String code = Totp.code(RFC_SEED, step);
		assertThat(Totp.match(RFC_SEED, code, now, step)).isEmpty();
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 1), now, step)).isEmpty();
		assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step + 1), now, step)).hasValue(step + 1);
	}

	@Test
	void malformedCodesAreRefused() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		assertThat(Totp.match(RFC_SEED, "", now, -1)).isEmpty();
		assertThat(Totp.match(RFC_SEED, "12345", now, -1)).isEmpty();
		assertThat(Totp.match(RFC_SEED, "12345a", now, -1)).isEmpty();
		assertThat(Totp.match(RFC_SEED, "1234567", now, -1)).isEmpty();
	}

	@Test
	void secretsAreBase32AfterRfc4648WithoutPaddingAndReadAsTyped() {
		assertThat(SecondFactors.BASE32.encodeToString(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(SecondFactors.BASE32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThat(SecondFactors.BASE32.isInAlphabet("MZXW1")).isFalse();
	}

	@Test
	void theEnrolmentAddressNamesIssuerAccountAndParameters() {
		assertThat(Totp.uri("Ambtenaar Online", "hr", "MZXW6YTBOI")).isEqualTo(
				"otpauth://totp/Ambtenaar%20Online:hr?secret=MZXW6YTBOI&issuer=Ambtenaar%20Online&algorithm=SHA1&digits=6&period=30");
		assertThat(QrCodes.svgDataUrl("otpauth://totp/x")).startsWith("data:image/svg+xml;base64,");
	}

}
