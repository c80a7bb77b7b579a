package nl.ambtenaaronline.training.security;

import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepReturnTest {

	@Test
	void theAddressAskedForKeepsItsPathAndQueryButNotSpringSecuritysContinueMarker() {
		assertThat(StepReturn.address(new Location("reports?continue"))).isEqualTo("reports");
		assertThat(StepReturn.address(new Location("reports/person/12"))).isEqualTo("reports/person/12");
		assertThat(StepReturn.address(new Location("admin/audit?action=login&continue")))
			.isEqualTo("admin/audit?action=login");
		assertThat(StepReturn.address(new Location(""))).isEmpty();
	}

	@Test
	void nothingThatCouldLeaveTheApplicationIsRemembered() {
		// a leading slash is no host: the path stays relative to the application
		assertThat(StepReturn.address(new Location("/evil.example"))).isEqualTo("evil.example");
		assertThat(StepReturn.address(new Location("a//evil.example"))).isEmpty();
		assertThat(StepReturn.address(new Location("https:evil.example"))).isEmpty();
	}

	@Test
	void withoutARememberedAddressTheStepEndsOnTheStartPage() {
		assertThat(StepReturn.take()).isEqualTo("./");
	}

}
