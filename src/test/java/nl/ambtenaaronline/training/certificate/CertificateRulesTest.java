package nl.ambtenaaronline.training.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import nl.ambtenaaronline.training.content.CertificateSettings;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure rules of certificates: status and its precedence at the Amsterdam day
 * boundaries, numbers, verification codes, how the holder is shown, public verification
 * per course, the city mark.
 */
class CertificateRulesTest {

	static final LocalDate VALID_UNTIL = LocalDate.of(2028, 3, 12);

	/** A clock at the given Amsterdam wall-clock time, running in UTC like the app. */
	static Clock amsterdam(String localDateTime) {
		return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(TimeConfiguration.ZONE).toInstant(),
				ZoneOffset.UTC);
	}

	@Test
	void aCertificateIsValidUntilTheLastMomentOfTheDayBeforeValidUntilInAmsterdam() {
		assertThat(CertificateStatus.derive(amsterdam("2028-03-11T23:59:59.999"), VALID_UNTIL, false, false))
			.isEqualTo(CertificateStatus.VALID);
		assertThat(CertificateStatus.derive(amsterdam("2028-03-12T00:00:00"), VALID_UNTIL, false, false))
			.isEqualTo(CertificateStatus.EXPIRED);
	}

	@Test
	void theDayBoundaryIsAmsterdamsNotUtcAlsoInSummerTime() {
		// 2028-03-11 23:30 UTC is already 12 March in Amsterdam (UTC+1): expired
		Clock lateUtc = Clock.fixed(LocalDateTime.parse("2028-03-11T23:30:00").toInstant(ZoneOffset.UTC),
				ZoneOffset.UTC);
		assertThat(CertificateStatus.derive(lateUtc, VALID_UNTIL, false, false)).isEqualTo(CertificateStatus.EXPIRED);
		// summer time (UTC+2): 2028-07-01 21:59 UTC is 23:59 on 1 July, 22:00 UTC is 2
		// July
		LocalDate july = LocalDate.of(2028, 7, 2);
		assertThat(CertificateStatus.derive(
				Clock.fixed(LocalDateTime.parse("2028-07-01T21:59:59").toInstant(ZoneOffset.UTC), ZoneOffset.UTC), july,
				false, false))
			.isEqualTo(CertificateStatus.VALID);
		assertThat(CertificateStatus.derive(
				Clock.fixed(LocalDateTime.parse("2028-07-01T22:00:00").toInstant(ZoneOffset.UTC), ZoneOffset.UTC), july,
				false, false))
			.isEqualTo(CertificateStatus.EXPIRED);
	}

	@Test
	void revokedBeatsSupersededBeatsExpiredBeatsValid() {
		Clock during = amsterdam("2027-01-01T12:00:00");
		Clock after = amsterdam("2029-01-01T12:00:00");
		assertThat(CertificateStatus.derive(during, VALID_UNTIL, false, false)).isEqualTo(CertificateStatus.VALID);
		assertThat(CertificateStatus.derive(after, VALID_UNTIL, false, false)).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(CertificateStatus.derive(after, VALID_UNTIL, true, false)).isEqualTo(CertificateStatus.SUPERSEDED);
		assertThat(CertificateStatus.derive(during, VALID_UNTIL, true, false)).isEqualTo(CertificateStatus.SUPERSEDED);
		assertThat(CertificateStatus.derive(during, VALID_UNTIL, true, true)).isEqualTo(CertificateStatus.REVOKED);
		assertThat(CertificateStatus.derive(after, VALID_UNTIL, false, true)).isEqualTo(CertificateStatus.REVOKED);
		assertThat(CertificateStatus.values()).filteredOn(CertificateStatus::valid)
			.containsExactly(CertificateStatus.VALID);
	}

	@Test
	void numbersCarryACoursePrefixTheYearAndSixDigits() {
		assertThat(CertificateNumbers.format("social-media", 2026, 123)).isEqualTo("SM-2026-000123");
		assertThat(CertificateNumbers.prefix("privacy")).isEqualTo("PR");
		assertThat(CertificateNumbers.prefix("integriteit-en-privacy-op-het-werk")).isEqualTo("IEPO");
		assertThat(CertificateNumbers.format("privacy", 2027, 1234567)).isEqualTo("PR-2027-1234567");
	}

	@Test
	void codesHaveEightyRandomBitsInUnambiguousGroupsOfFour() {
		SecureRandom random = new SecureRandom();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			String code = VerificationCodes.generate(random);
			assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
			codes.add(code);
		}
		assertThat(codes).hasSize(2000);
		assertThat(VerificationCodes.BITS).isGreaterThanOrEqualTo(80);
		assertThat(VerificationCodes.ALPHABET).doesNotContain("I", "L", "O", "U");
	}

	@Test
	void typedCodesAreForgivingAboutCaseSpacesDashesAndLookAlikes() {
		assertThat(VerificationCodes.normalize("7kq2 m9xd 4tra obwe")).contains("7KQ2-M9XD-4TRA-0BWE");
		assertThat(VerificationCodes.normalize("7KQ2M9XD4TRA0BWE")).contains("7KQ2-M9XD-4TRA-0BWE");
		assertThat(VerificationCodes.normalize("IKQ2-M9XD-4TRA-0BWL")).contains("1KQ2-M9XD-4TRA-0BW1");
		assertThat(VerificationCodes.normalize("7KQ2-M9XD-4TRA")).isEmpty();
		assertThat(VerificationCodes.normalize("7KQ2-M9XD-4TRA-0BWU")).isEmpty();
		assertThat(VerificationCodes.normalize("<script>alert(1)</script>")).isEmpty();
		assertThat(VerificationCodes.normalize("x".repeat(100))).isEmpty();
	}

	@Test
	void thePublicPageShowsInitialsAndSurnameTheCertificateTheFullName() {
		assertThat(Holders.initialsAndSurname("Jan Pieter", "van der", "Berg")).isEqualTo("J.P. van der Berg");
		assertThat(Holders.initialsAndSurname("anne-marie", null, "Jansen")).isEqualTo("A.M. Jansen");
		assertThat(Holders.initialsAndSurname("Özlem", " ", "Kaya")).isEqualTo("Ö. Kaya");
		assertThat(Holders.fullName("Jan Pieter", "van der", "Berg")).isEqualTo("Jan Pieter van der Berg");
		assertThat(Holders.fullName("Noor", null, "Bakker")).isEqualTo("Noor Bakker");
	}

	@Test
	void publicVerificationFollowsTheCourseSettingAndIsOffForACourseThatIsGone() {
		assertThat(CertificateService.publiclyVerifiable(Optional.of(new CertificateSettings(24, true)))).isTrue();
		assertThat(CertificateService.publiclyVerifiable(Optional.of(new CertificateSettings(24, false)))).isFalse();
		assertThat(CertificateService.publiclyVerifiable(Optional.empty())).isFalse();
	}

}
