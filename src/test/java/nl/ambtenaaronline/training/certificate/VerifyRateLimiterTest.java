package nl.ambtenaaronline.training.certificate;

import nl.ambtenaaronline.training.IntegrationTest;

/** The shared verify rate limit on H2, the embedded database of one node. */
@IntegrationTest
class VerifyRateLimiterTest extends VerifyRateLimitContract {

}
