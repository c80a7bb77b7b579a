package nl.ambtenaaronline.training.demo;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTest {

	@Autowired
	DemoData demoData;

	@Autowired
	SecondFactorService secondFactors;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoAuthenticatorSecretsAreEnrolledOnlyInANewDemoDatabase() {
		long auditor = jdbc.queryForObject("select id from account where username = 'auditor'", Long.class);
		assertThat(SystemAuthentication.call(() -> secondFactors.enrolled(auditor))).isTrue();
		SystemAuthentication.run(() -> secondFactors.reset(auditor));
		try {
			// a second start on a database that already has people: nothing is enrolled
			demoData.run(new DefaultApplicationArguments());
			assertThat(SystemAuthentication.call(() -> secondFactors.enrolled(auditor))).isFalse();
		}
		finally {
			SystemAuthentication
				.run(() -> secondFactors.enrolIfMissing("auditor", DemoSecrets.secondFactor("auditor").orElseThrow()));
		}
	}

}
