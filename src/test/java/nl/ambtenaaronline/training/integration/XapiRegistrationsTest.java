package nl.ambtenaaronline.training.integration;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.ambtenaaronline.training.integration.XapiRegistrations.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event from before the events carried the run (run or attempt id 0) gets a
 * registration per person and scope, the same each time and never another person's; the
 * stored registrations are tested in {@link XapiOutboxContract}.
 */
class XapiRegistrationsTest {

	final XapiRegistrations registrations = new XapiRegistrations(null, null);

	@Test
	void anEventWithoutItsRunGetsARegistrationOfItsOwnPersonNeverSharedWithAnother() {
		Instant now = Instant.now();
		assertThat(registrations.of(Scope.RUN, 0, 42, now)).isEqualTo(registrations.of(Scope.RUN, 0, 42, now));
		assertThat(registrations.of(Scope.RUN, 0, 42, now)).isNotEqualTo(registrations.of(Scope.RUN, 0, 43, now));
		assertThat(registrations.of(Scope.RUN, 0, 42, now)).isNotEqualTo(registrations.of(Scope.ATTEMPT, 0, 42, now));
	}

}
