package nl.ambtenaaronline.training.demo;

import nl.ambtenaaronline.training.Application;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDatabaseGuardTest {

	@Test
	void theDemoProfileRefusesToStartAgainstPostgresql() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("demo")
			.run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/production", "--server.port=0"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("demo profile refuses to start against PostgreSQL")
			.hasMessageContaining("jdbc:postgresql://127.0.0.1:5432/production");
	}

}
