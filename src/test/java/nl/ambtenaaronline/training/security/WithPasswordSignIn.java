package nl.ambtenaaronline.training.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorService;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Signs in with a password through the real authentication provider, as the login form
 * does, for a new local account with the given role and an authenticator app enrolled
 * with {@link #SECRET}: the privileged role then waits for the second factor. (Unlike
 * {@code @WithUserDetails}, which stands for a user who has finished signing in.)
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithPasswordSignIn.Factory.class)
public @interface WithPasswordSignIn {

	/** The authenticator secret (Base32) of the accounts this creates. */
	String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	Role value();

	final class Factory implements WithSecurityContextFactory<WithPasswordSignIn> {

		private static final AtomicInteger COUNT = new AtomicInteger();

		private final AuthenticationProvider provider;

		private final EmployeeService employees;

		private final AccountService accounts;

		private final SecondFactorService secondFactor;

		Factory(AuthenticationProvider provider, EmployeeService employees, AccountService accounts,
				SecondFactorService secondFactor) {
			this.provider = provider;
			this.employees = employees;
			this.accounts = accounts;
			this.secondFactor = secondFactor;
		}

		@Override
		public SecurityContext createSecurityContext(WithPasswordSignIn annotation) {
			String username = "pw-" + annotation.value().name().toLowerCase() + "-" + COUNT.incrementAndGet() + "-"
					+ System.nanoTime();
			SystemAuthentication.run(() -> {
				long employee = employees.create(new NewEmployee("T-" + username, "Test", null, username, null, "IV",
						null, LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null));
				accounts.createAccount(employee, username, "een-lang-wachtwoord-2026", Set.of(annotation.value()));
				secondFactor.enrolIfMissing(username, SECRET);
			});
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(provider.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(username, "een-lang-wachtwoord-2026")));
			return context;
		}

	}

}
