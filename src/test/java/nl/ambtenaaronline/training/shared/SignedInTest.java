package nl.ambtenaaronline.training.shared;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedInTest {

	record Principal(long employeeId) implements EmployeePrincipal {
	}

	@AfterEach
	void signOut() {
		SecurityContexts.strategy().clearContext();
	}

	private static void signIn(Authentication authentication) {
		SecurityContext context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContexts.strategy().setContext(context);
	}

	@Test
	void theEmployeeIdComesFromThePrincipal() {
		signIn(UsernamePasswordAuthenticationToken.authenticated(new Principal(42), null,
				List.of(new SimpleGrantedAuthority(Role.EMPLOYEE.authority()))));
		assertThat(SignedIn.employeeId()).hasValue(42);
		assertThat(SignedIn.requireEmployeeId()).isEqualTo(42);
		assertThat(SignedIn.hasAnyRole(Role.EMPLOYEE)).isTrue();
		assertThat(SignedIn.hasAnyRole(Role.HR, Role.ADMIN)).isFalse();
	}

	@Test
	void theSystemAndAnonymousCallersAreNoEmployee() {
		SystemAuthentication.run(() -> {
			assertThat(SignedIn.employeeId()).isEmpty();
			assertThat(SignedIn.hasAnyRole(Role.HR)).isTrue();
			assertThatThrownBy(SignedIn::requireEmployeeId).isInstanceOf(AccessDeniedException.class);
		});
		signIn(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(SignedIn.employeeId()).isEmpty();
		assertThat(SignedIn.hasAnyRole(Role.EMPLOYEE)).isFalse();
		SecurityContexts.strategy().clearContext();
		assertThat(SignedIn.employeeId()).isEmpty();
		assertThat(SignedIn.hasAnyRole(Role.EMPLOYEE)).isFalse();
	}

}
