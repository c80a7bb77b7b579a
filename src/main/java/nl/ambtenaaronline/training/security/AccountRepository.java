package nl.ambtenaaronline.training.security;

import java.util.Optional;

import nl.ambtenaaronline.training.shared.Role;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findByEmployeeId(long employeeId);

	Optional<Account> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

	boolean existsByUsername(String username);

	java.util.List<Account> findByEmployeeIdIn(java.util.Collection<Long> employeeIds);

	/**
	 * Whether an account holds the role, granted or from the identity provider's groups.
	 */
	@Query("select count(a) > 0 from Account a left join a.roles r where key(r) = :role or a.externalRoles like :externalPattern")
	boolean existsWithRole(Role role, String externalPattern);

}
