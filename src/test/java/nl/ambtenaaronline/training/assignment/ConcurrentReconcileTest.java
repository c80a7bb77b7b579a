package nl.ambtenaaronline.training.assignment;

import nl.ambtenaaronline.training.IntegrationTest;

/** Concurrent planner runs and events for the same people, on H2. */
@IntegrationTest
class ConcurrentReconcileTest extends ConcurrentReconcileContract {

	@Override
	String department() {
		return "WON";
	}

}
