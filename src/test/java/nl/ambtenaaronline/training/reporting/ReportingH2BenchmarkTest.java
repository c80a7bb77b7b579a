package nl.ambtenaaronline.training.reporting;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run with {@code ./mvnw test -Pbenchmark -Dtest=ReportingH2BenchmarkTest}: an H2 file
 * database of its own under {@code target/}, so the million answers do not live on the
 * test heap.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:file:./target/reporting-bench/ao;WRITE_DELAY=0",
		"vaadin.launch-browser=false", "app.public-base-url=https://training.example.nl" })
class ReportingH2BenchmarkTest extends ReportingBenchmark {

	@Test
	void reportsAtCityScaleOnH2() throws Exception {
		assertThat(run("h2")).contains("dashboard");
	}

}
