package nl.ambtenaaronline.training.security.password;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	/** The policy of the city, with the words of one person: user name, names, number. */
	private final PasswordPolicy policy = new PasswordPolicy("Gemeente Amsterdam");

	private final List<String> sanne = List.of("sanne", "Sanne", "de Vries", "T-20417");

	@Test
	void aLongPassphraseWithoutSpecialCharactersIsAccepted() {
		assertThat(policy.check("fiets door de regen naar huis", sanne)).isEmpty();
	}

	@Test
	void shortLongCommonAndUsernamePasswordsAreRefusedWithTheirReason() {
		assertThat(policy.check("Kort!1", sanne)).contains("password.too-short");
		assertThat(policy.check("a".repeat(129), sanne)).contains("password.too-long");
		assertThat(policy.check("welkom123456", sanne)).contains("password.too-common");
		assertThat(policy.check("aaaaaaaaaaaaaa", sanne)).contains("password.too-common");
		assertThat(policy.check("sanne-is-de-beste", sanne)).contains("password.contains-username");
	}

	@Test
	void theCommonPasswordListHasAtLeastTenThousandEntries() {
		assertThat(PasswordPolicy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
	}

	@Test
	void commonEnglishAndDutchPasswordsAreRefusedWhateverTheirCaseAndDecoration() {
		// from the English list (zxcvbn), as they are and with digits and symbols around
		assertThat(policy.check("qazwsxedcrfv", sanne)).contains("password.too-common");
		assertThat(policy.check("LeaveMeAlone", sanne)).contains("password.too-common");
		assertThat(policy.check("Sunshine2026!!", sanne)).contains("password.too-common");
		assertThat(policy.check("football-1234", sanne)).contains("password.too-common");
		// Dutch
		assertThat(policy.check("Wachtwoord2026!", sanne)).contains("password.too-common");
		assertThat(policy.check("ZOMERZOMER2026", sanne)).contains("password.too-common");
		assertThat(policy.check("Feyenoord1908!", sanne)).contains("password.too-common");
		// sequences
		assertThat(policy.check("123456789012", sanne)).contains("password.too-common");
		assertThat(policy.check("qwertyuiopasdf", sanne)).contains("password.too-common");
	}

	@Test
	void theCityAndTheProductAreRefused() {
		assertThat(policy.check("Amsterdam2026!", sanne)).contains("password.too-common");
		assertThat(policy.check("gemeente amsterdam 1", sanne)).contains("password.too-common");
		assertThat(policy.check("AmbtenaarOnline1", sanne)).contains("password.too-common");
		assertThat(new PasswordPolicy("Gemeente Zaanstad").check("Zaanstad-2026-!", sanne))
			.contains("password.too-common");
	}

	@Test
	void aPasswordWithTheUsersNameOrNumberIsRefused() {
		assertThat(policy.check("Ik-ben-Sanne-2026", sanne)).contains("password.contains-username");
		assertThat(policy.check("familie de vries rules", sanne)).contains("password.contains-username");
		assertThat(policy.check("DeVries-fiets-op-zolder", sanne)).contains("password.contains-username");
		assertThat(policy.check("mijn nummer is 20417!", sanne)).contains("password.contains-username");
	}

}
