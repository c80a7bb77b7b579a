package nl.ambtenaaronline.training.setup;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SetupTokenTest {

	static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	@Test
	void aNewSecretHasFiveGroupsOfFiveWithoutLookAlikes() {
		String secret = SetupToken.newSecret(new SecureRandom());
		assertThat(secret).matches("[a-z2-9]{5}(-[a-z2-9]{5}){4}").doesNotContain("l", "o", "0", "1", "i");
		assertThat(SetupToken.newSecret(new SecureRandom())).isNotEqualTo(secret);
	}

	@Test
	void theRightTokenIsAcceptedOnceAndThenCountsAsUsed() {
		SetupToken token = SetupToken.of("abcde-fghjk", NOW.plus(Duration.ofMinutes(60)), 10);
		assertThat(token.check(" ABCDE-FGHJK ", NOW)).isEqualTo(SetupToken.Check.ACCEPTED);
		assertThat(token.check("abcde-fghjk", NOW)).isEqualTo(SetupToken.Check.USED);
		assertThat(token.usable(NOW)).isFalse();
	}

	@Test
	void aReleasedTokenCanBeUsedAgainBeforeItExpires() {
		SetupToken token = SetupToken.of("abcde-fghjk", NOW.plus(Duration.ofMinutes(60)), 10);
		assertThat(token.check("abcde-fghjk", NOW)).isEqualTo(SetupToken.Check.ACCEPTED);
		token.release();
		assertThat(token.usable(NOW)).isTrue();
		assertThat(token.check("abcde-fghjk", NOW)).isEqualTo(SetupToken.Check.ACCEPTED);
	}

	@Test
	void theTokenExpiresAtTheEndOfItsValidity() {
		SetupToken token = SetupToken.of("abcde-fghjk", NOW.plus(Duration.ofMinutes(60)), 10);
		assertThat(token.usable(NOW.plus(Duration.ofMinutes(59)))).isTrue();
		assertThat(token.usable(NOW.plus(Duration.ofMinutes(60)))).isFalse();
		assertThat(token.check("abcde-fghjk", NOW.plus(Duration.ofMinutes(60)))).isEqualTo(SetupToken.Check.EXPIRED);
	}

	@Test
	void tooManyWrongTokensWithdrawItEvenForTheRightOne() {
		SetupToken token = SetupToken.of("abcde-fghjk", NOW.plus(Duration.ofMinutes(60)), 3);
		assertThat(token.check("wrong", NOW)).isEqualTo(SetupToken.Check.WRONG);
		assertThat(token.check("wrong", NOW)).isEqualTo(SetupToken.Check.WRONG);
		assertThat(token.check("wrong", NOW)).isEqualTo(SetupToken.Check.WITHDRAWN);
		assertThat(token.check("abcde-fghjk", NOW)).isEqualTo(SetupToken.Check.WITHDRAWN);
		assertThat(token.usable(NOW)).isFalse();
	}

}
