package nl.ambtenaaronline.training.shared;

import nl.ambtenaaronline.training.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableTest {

	@Test
	void anUnreachableDatabaseStopsStartUpWithOneMessageNamingUrlAndCause(CapturedOutput output) {
		String url = "jdbc:postgresql://127.0.0.1:1/ambtenaar";
		assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run("--spring.datasource.url=" + url,
				"--server.port=0", "--app.public-base-url=https://training.example.nl",
				"--spring.datasource.hikari.connection-timeout=2000",
				"--spring.datasource.hikari.initialization-fail-timeout=1"))
			.isInstanceOf(Exception.class);
		assertThat(output).contains("Cannot reach the database at " + url + ": ")
			.containsIgnoringCase("refused")
			.contains("SPRING_DATASOURCE_URL");
	}

}
