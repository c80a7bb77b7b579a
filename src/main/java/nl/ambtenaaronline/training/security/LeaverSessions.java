package nl.ambtenaaronline.training.security;

import java.time.Clock;
import java.time.LocalDate;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.RosterChanged;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Revokes the sessions of people the roster marks as left (end date today or earlier),
 * after the roster change is committed. A leaver cannot sign in again.
 */
@Component
class LeaverSessions {

	private final EmployeeService employees;

	private final AccountRepository accounts;

	private final SessionRevocations sessions;

	private final Clock clock;

	LeaverSessions(EmployeeService employees, AccountRepository accounts, SessionRevocations sessions, Clock clock) {
		this.employees = employees;
		this.accounts = accounts;
		this.sessions = sessions;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(RosterChanged event) {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		SystemAuthentication.run(() -> accounts.findByEmployeeIdIn(event.employeeIds()).forEach(account -> {
			boolean left = employees.forAccount(account.employeeId()).map(person -> person.hasLeft(today)).orElse(true);
			if (left) {
				sessions.revoke(account.id(), "left");
			}
		}));
	}

}
