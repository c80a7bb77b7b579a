package nl.ambtenaaronline.training.audit;

import nl.ambtenaaronline.training.IntegrationTest;

/** Retention of the audit trail, and the chain after it, on H2. */
@IntegrationTest
class AuditRetentionTest extends AuditRetentionContract {

}
