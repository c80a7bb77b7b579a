package nl.ambtenaaronline.training.audit;

import nl.ambtenaaronline.training.postgres.PostgresSchema;
import nl.ambtenaaronline.training.postgres.PostgresTest;
import org.junit.jupiter.api.BeforeAll;

/** Retention of the audit trail, and the chain after it, on PostgreSQL. */
@PostgresTest
class PostgresAuditRetentionTest extends AuditRetentionContract {

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

}
