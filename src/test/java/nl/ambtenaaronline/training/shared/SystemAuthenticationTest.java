package nl.ambtenaaronline.training.shared;

import java.util.List;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The system's rights also inside a person's Vaadin request, where the security context
 * is read from the Vaadin session first.
 */
class SystemAuthenticationTest {

	@AfterEach
	void clear() {
		VaadinSession.setCurrent(null);
		SecurityContexts.strategy().clearContext();
	}

	@Test
	void insideAVaadinRequestTheWorkRunsAsTheSystemAndThePersonIsBackAfterwards() {
		SecurityContext manager = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("manager",
				null, List.of(new SimpleGrantedAuthority(Role.MANAGER.authority()))));
		WrappedSession http = mock(WrappedSession.class);
		when(http.getAttribute("SPRING_SECURITY_CONTEXT")).thenReturn(manager);
		VaadinSession session = mock(VaadinSession.class);
		when(session.getSession()).thenReturn(http);
		VaadinSession.setCurrent(session);
		assertThat(SecurityContexts.authentication().getName()).isEqualTo("manager");

		List<String> inside = SystemAuthentication.call(() -> SecurityContexts.authentication()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.sorted()
			.toList());
		String name = SystemAuthentication.call(() -> SecurityContexts.authentication().getName());

		assertThat(name).isEqualTo(SystemAuthentication.SYSTEM);
		assertThat(inside).containsExactly(Role.ADMIN.authority(), Role.HR.authority());
		assertThat(VaadinSession.getCurrent()).isSameAs(session);
		assertThat(SecurityContexts.authentication().getName()).isEqualTo("manager");
	}

}
