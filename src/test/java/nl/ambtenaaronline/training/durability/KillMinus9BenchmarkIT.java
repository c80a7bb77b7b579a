package nl.ambtenaaronline.training.durability;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 kill -9 rounds per database against the production jar (figures in
 * docs/benchmarks.md): {@code ./mvnw verify -Pbenchmark -Dsurefire.excludedGroups=none
 * -Dpostgres.tests=true -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=KillMinus9BenchmarkIT}.
 */
@Tag("benchmark")
class KillMinus9BenchmarkIT {

	static final int ROUNDS = 50;

	@Test
	void h2InFileModeLosesNoConfirmedAnswerIn50KillMinus9Rounds(@TempDir Path work) throws Exception {
		assertThat(KillMinus9Runs.h2(work).run(ROUNDS).confirmed()).isPositive();
	}

	@Test
	@Tag("postgres")
	void postgresLosesNoConfirmedAnswerIn50KillMinus9Rounds(@TempDir Path work) throws Exception {
		assertThat(KillMinus9Runs.postgres(work).run(ROUNDS).confirmed()).isPositive();
	}

}
