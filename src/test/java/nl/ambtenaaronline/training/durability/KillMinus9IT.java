package nl.ambtenaaronline.training.durability;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar, killed with kill -9 while a learner answers (3 rounds per
 * database): no confirmed answer is lost and the attempt resumes. Runs in maven-failsafe,
 * after the jar is built; the benchmark profile runs 50 rounds
 * ({@link KillMinus9BenchmarkIT}).
 */
class KillMinus9IT {

	@Test
	void h2InFileModeKeepsEveryConfirmedAnswerAndResumesTheAttemptAfterKillMinus9(@TempDir Path work) throws Exception {
		var figures = KillMinus9Runs.h2(work).run();
		assertThat(figures.confirmed()).as("answers confirmed").isPositive();
	}

	@Test
	@Tag("postgres")
	void postgresKeepsEveryConfirmedAnswerAndResumesTheAttemptAfterKillMinus9(@TempDir Path work) throws Exception {
		var figures = KillMinus9Runs.postgres(work).run();
		assertThat(figures.confirmed()).as("answers confirmed").isPositive();
	}

}
