package nl.ambtenaaronline.training.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void aLongPassphraseWithoutSpecialCharactersIsAccepted() {
		assertThat(PasswordPolicy.check("fiets door de regen naar huis", "sanne")).isEmpty();
	}

	@Test
	void shortLongCommonAndUsernamePasswordsAreRefusedWithTheirReason() {
		assertThat(PasswordPolicy.check("Kort!1", "sanne")).contains("password.too-short");
		assertThat(PasswordPolicy.check("a".repeat(129), "sanne")).contains("password.too-long");
		assertThat(PasswordPolicy.check("welkom123456", "sanne")).contains("password.too-common");
		assertThat(PasswordPolicy.check("aaaaaaaaaaaaaa", "sanne")).contains("password.too-common");
		assertThat(PasswordPolicy.check("sanne-is-de-beste", "sanne")).contains("password.contains-username");
	}

}
