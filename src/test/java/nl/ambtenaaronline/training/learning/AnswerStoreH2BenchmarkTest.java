package nl.ambtenaaronline.training.learning;

import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("benchmark")
@IntegrationTest
class AnswerStoreH2BenchmarkTest extends AnswerStoreBenchmark {

	@Test
	void storingOneAnswerOnH2() throws Exception {
		assertThat(measure("h2")).contains("p95");
	}

}
