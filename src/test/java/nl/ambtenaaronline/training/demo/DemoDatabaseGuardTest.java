package nl.ambtenaaronline.training.demo;

import nl.ambtenaaronline.training.Application;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDatabaseGuardTest {

	@Test
	void theDemoProfileRefusesToStartAgainstPostgresql() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("demo")
			.run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/production", "--server.port=0"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("demo profile refuses to start against")
			.hasMessageContaining("jdbc:postgresql://127.0.0.1:5432/production");
	}

	@Test
	void theDemoProfileRefusesTheH2FileOfAnInstallation() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("demo")
			.run("--spring.datasource.url=jdbc:h2:file:./data/ambtenaar;WRITE_DELAY=0", "--server.port=0"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("demo profile refuses to start against jdbc:h2:file:./data/ambtenaar");
	}

	@Test
	void theDemoProfileRefusesAPoolPointedElsewhereByItsOwnSetting() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("demo")
			.run("--spring.datasource.url=jdbc:h2:mem:demo-guard", "--server.port=0",
					"--spring.datasource.hikari.jdbc-url=jdbc:h2:file:./target/demo-guard/installation"))
			.rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(
					"demo profile refuses to start against jdbc:h2:file:./target/demo-guard/installation");
	}

	@Test
	void onlyAnInMemoryH2OrTheDemosOwnFileIsAllowed() {
		assertThat(DemoDatabaseGuard.allowed("jdbc:h2:mem:ao-test;DB_CLOSE_DELAY=-1")).isTrue();
		assertThat(DemoDatabaseGuard.allowed("jdbc:h2:file:./data/demo;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")).isTrue();
		assertThat(DemoDatabaseGuard.allowed("jdbc:h2:file:./data/demo")).isTrue();
		assertThat(DemoDatabaseGuard.allowed("jdbc:h2:file:./data/demo-real")).isFalse();
		assertThat(DemoDatabaseGuard.allowed("jdbc:h2:file:/srv/ambtenaar/data")).isFalse();
		assertThat(DemoDatabaseGuard.allowed("jdbc:h2:tcp://db/ambtenaar")).isFalse();
		assertThat(DemoDatabaseGuard.allowed("jdbc:postgresql://db/ambtenaar")).isFalse();
		assertThat(DemoDatabaseGuard.allowed("")).isFalse();
	}

}
