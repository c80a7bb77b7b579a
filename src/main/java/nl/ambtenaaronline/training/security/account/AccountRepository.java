package nl.ambtenaaronline.training.security.account;

import java.util.Optional;

import nl.ambtenaaronline.training.shared.Role;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	public Optional<Account> findByUsername(String username);

	public Optional<Account> findByEmployeeId(long employeeId);

	public Optional<Account> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

	public boolean existsByUsername(String username);

	public java.util.List<Account> findByEmployeeIdIn(java.util.Collection<Long> employeeIds);

	/**
	 * Whether an account holds the role, granted or from the identity provider's groups.
	 */
	@Query("select count(a) > 0 from Account a left join a.roles r where key(r) = :role or a.externalRoles like :externalPattern")
	public boolean existsWithRole(Role role, String externalPattern);

}
