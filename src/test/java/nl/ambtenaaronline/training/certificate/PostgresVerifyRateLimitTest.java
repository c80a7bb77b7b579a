package nl.ambtenaaronline.training.certificate;

import nl.ambtenaaronline.training.postgres.PostgresSchema;
import nl.ambtenaaronline.training.postgres.PostgresTest;
import org.junit.jupiter.api.BeforeAll;

/** The shared verify rate limit on PostgreSQL, the database several nodes share. */
@PostgresTest
class PostgresVerifyRateLimitTest extends VerifyRateLimitContract {

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

}
