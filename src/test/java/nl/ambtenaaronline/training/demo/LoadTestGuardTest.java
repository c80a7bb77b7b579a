package nl.ambtenaaronline.training.demo;

import nl.ambtenaaronline.training.Application;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadTestGuardTest {

	@Test
	void theLoadtestProfileRefusesToStartAgainstADatabaseOnAnotherMachine() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("loadtest")
			.run("--spring.datasource.url=jdbc:postgresql://db.internal:5432/ambtenaar", "--server.port=0",
					"--app.loadtest.password=laadtest-wachtwoord-2026"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("loadtest profile refuses to start against")
			.hasMessageContaining("jdbc:postgresql://db.internal:5432/ambtenaar");
	}

}
