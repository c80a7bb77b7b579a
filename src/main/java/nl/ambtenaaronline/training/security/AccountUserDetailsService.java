package nl.ambtenaaronline.training.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.RosterStanding;
import nl.ambtenaaronline.training.security.account.Account;
import nl.ambtenaaronline.training.security.account.AccountRepository;
import nl.ambtenaaronline.training.security.account.AppUser;
import nl.ambtenaaronline.training.security.password.LoginProperties;
import nl.ambtenaaronline.training.shared.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an account with its roles: EMPLOYEE always, MANAGER when the roster gives the
 * person reports, and the granted roles. A leaver (end date passed) cannot sign in, nor
 * can an account without a local password (it signs in through the identity provider),
 * nor a one-time password older than {@code app.login.one-time-password-validity}.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final EmployeeService employees;

	private final Clock clock;

	private final java.time.Duration oneTimeValidity;

	AccountUserDetailsService(AccountRepository accounts, EmployeeService employees, Clock clock,
			LoginProperties properties) {
		this.oneTimeValidity = properties.oneTimePasswordValidity();
		this.accounts = accounts;
		this.employees = employees;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		String passwordHash = account.passwordHash();
		if (passwordHash == null) {
			// signs in through the identity provider only; same answer as an unknown name
			throw new UsernameNotFoundException("unknown");
		}
		// an expired one-time password counts like a disabled account: the same answer
		boolean active = account.enabled() && !account.oneTimePasswordExpired(oneTimeValidity, clock.instant())
				&& employees.standingOf(account.employeeId()) == RosterStanding.IN_SERVICE;
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Role.EMPLOYEE.authority()));
		if (employees.hasReports(account.employeeId())) {
			authorities.add(new SimpleGrantedAuthority(Role.MANAGER.authority()));
		}
		account.roles().keySet().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return new AppUser(account.id(), account.employeeId(), account.username(), passwordHash, active, authorities,
				clock.instant());
	}

}
