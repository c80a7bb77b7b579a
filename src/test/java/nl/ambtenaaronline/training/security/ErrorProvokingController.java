package nl.ambtenaaronline.training.security;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Put beside the production jar by {@link ProductionHttpSecurityIT} (profile
 * {@code provoke-errors}): an endpoint that fails with an exception, to see what the
 * error page of a real 500 tells the visitor. Under {@code /verify/}, the one path
 * outside Vaadin that the application's security chains let through without a login.
 */
@RestController
@Profile("provoke-errors")
class ErrorProvokingController {

	@GetMapping("/verify/provoke/500")
	String fail() {
		throw new IllegalStateException("SECRET-DETAIL of an internal failure");
	}

}
