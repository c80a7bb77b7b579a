package nl.ambtenaaronline.training.postgres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.audit.ChainCheck;
import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.EmployeeSummary;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations and the persistence of the foundation, on PostgreSQL. */
@PostgresTest
class PostgresPersistenceTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditService audit;

	@Autowired
	SettingsService settings;

	@Autowired
	AuthenticationProvider provider;

	@BeforeAll
	static void schema() throws Exception {
		PostgresSchema.recreate();
	}

	@Test
	void flywayMigratesTheSchemaOnPostgresql() {
		Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success",
				Integer.class);
		assertThat(applied).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from shedlock", Integer.class)).isNotNull();
	}

	@Test
	void aPersonAndTheirAccountRoundTripAndCanSignIn() {
		SystemAuthentication.run(() -> {
			employees.createDepartment("PG", "Postgres-afdeling");
			long id = employees.create(new NewEmployee("PG-1", "Noor", "van der", "Berg", "noor@example.org", "PG",
					null, LocalDate.of(2021, 3, 1), null, WorkerType.EMPLOYEE, null));
			EmployeeSummary read = employees.findById(id).orElseThrow();
			assertThat(read.displayName()).isEqualTo("Noor van der Berg");
			assertThat(read.startDate()).isEqualTo(LocalDate.of(2021, 3, 1));
			accounts.createAccount(id, "pg-noor", "een-lang-wachtwoord", Set.of());
		});
		var authentication = provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("pg-noor", "een-lang-wachtwoord"));
		assertThat(authentication.isAuthenticated()).isTrue();
	}

	@Test
	void concurrentAuditEventsKeepTheChainIntact() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				int n = i;
				futures.add(pool
					.submit(() -> SystemAuthentication.run(() -> audit.record("pg.concurrent", "employee:" + n))));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		ChainCheck check = SystemAuthentication.call(audit::verifyChain);
		assertThat(check.intact()).isTrue();
		assertThat(check.checked()).isGreaterThanOrEqualTo(40);
	}

	@Test
	void aSettingChangeIsStoredAndAudited() {
		SystemAuthentication.run(() -> settings.update("contact.support", "Servicedesk HR, toestel 1234"));
		assertThat(settings.text("contact.support")).isEqualTo("Servicedesk HR, toestel 1234");
		assertThat(
				jdbc.queryForObject("select count(*) from audit_event where action = 'setting.changed'", Integer.class))
			.isPositive();
	}

}
