package nl.ambtenaaronline.training.integration;

import nl.ambtenaaronline.training.IntegrationTest;

/** The xAPI outbox ({@link XapiOutboxContract}) on H2, with the demo city. */
@IntegrationTest
class XapiOutboxTest extends XapiOutboxContract {

	@Override
	long anEmployee() {
		return jdbc.queryForObject("select min(id) from employee where end_date is null", Long.class);
	}

}
