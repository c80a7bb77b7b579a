package nl.ambtenaaronline.training.learning;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.shared.SecurityContexts;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;

/** Creates fresh learners for tests and runs work as them. */
final class Learners {

	static final String PASSWORD = "een-lang-wachtwoord";

	private static final AtomicInteger counter = new AtomicInteger();

	private final EmployeeService employees;

	private final AccountService accounts;

	private final AuthenticationProvider provider;

	Learners(EmployeeService employees, AccountService accounts, AuthenticationProvider provider) {
		this.employees = employees;
		this.accounts = accounts;
		this.provider = provider;
	}

	/** A new employee with an account; returns the user name. */
	String create(String prefix) {
		String username = prefix + "-" + counter.incrementAndGet();
		SystemAuthentication.run(() -> {
			long employee = employees.create(new NewEmployee("L-" + username, "Test", null, username, null, "VOR", null,
					LocalDate.of(2020, 1, 1), null, WorkerType.EMPLOYEE, null));
			accounts.createAccount(employee, username, PASSWORD, Set.of());
		});
		return username;
	}

	<T> T as(String username, Supplier<T> work) {
		Authentication authentication = provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
		SecurityContext previous = SecurityContexts.strategy().getContext();
		SecurityContext context = SecurityContexts.strategy().createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContexts.strategy().setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContexts.strategy().setContext(previous);
		}
	}

	void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

}
