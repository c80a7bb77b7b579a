package nl.ambtenaaronline.training.security;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.RosterChanged;
import nl.ambtenaaronline.training.employee.RosterStanding;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.account.SessionRevocations;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

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

	LeaverSessions(EmployeeService employees, AccountRepository accounts, SessionRevocations sessions) {
		this.employees = employees;
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@ApplicationModuleListener
	void on(RosterChanged event) {
		SystemAuthentication.run(() -> accounts.findByEmployeeIdIn(event.employeeIds()).forEach(account -> {
			boolean left = employees.standingOf(account.employeeId()) != RosterStanding.IN_SERVICE;
			if (left) {
				sessions.revoke(account.id(), "left");
			}
		}));
	}

}
