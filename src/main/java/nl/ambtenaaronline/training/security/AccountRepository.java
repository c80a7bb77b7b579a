package nl.ambtenaaronline.training.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findByEmployeeId(long employeeId);

	Optional<Account> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

	boolean existsByUsername(String username);

	java.util.List<Account> findByEmployeeIdIn(java.util.Collection<Long> employeeIds);

}
