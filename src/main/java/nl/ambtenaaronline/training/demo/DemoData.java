package nl.ambtenaaronline.training.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.ambtenaaronline.training.employee.EmployeeService;
import nl.ambtenaaronline.training.employee.NewEmployee;
import nl.ambtenaaronline.training.employee.WorkerType;
import nl.ambtenaaronline.training.security.AccountService;
import nl.ambtenaaronline.training.security.secondfactor.SecondFactorService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo city: 221 made-up people in 10 departments, each department with a head, and
 * one login per role. Only in the {@code demo} profile; seeded once, logins printed at
 * every start.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-wachtwoord-2026";

	/** Demo logins: user name, role description, the roles granted. */
	record DemoLogin(String username, String description, Set<Role> grants) {
	}

	static final List<DemoLogin> LOGINS = List.of(new DemoLogin("medewerker", "employee", Set.of()),
			new DemoLogin("manager", "manager (head of Verkeer en Openbare Ruimte)", Set.of()),
			new DemoLogin("hr", "HR", Set.of(Role.HR)), new DemoLogin("beheerder", "administrator", Set.of(Role.ADMIN)),
			new DemoLogin("auditor", "auditor (read-only)", Set.of(Role.AUDITOR)));

	/**
	 * The authenticator secrets (Base32) of the demo logins that need a second factor;
	 * printed at start-up. Demo only: a real account enrols its own secret with a QR
	 * code.
	 */
	static final Map<String, String> SECOND_FACTOR_SECRETS = Map.of("hr", "DEMOHRAMBTENAARONLINETOTPSECRETA",
			"beheerder", "DEMOBEHEERDERAMBTENAARONLINETOTP", "auditor", "DEMOAUDITORAMBTENAARONLINETOTPSA");

	static final List<String[]> DEPARTMENTS = List.of(new String[] { "VOR", "Verkeer en Openbare Ruimte" },
			new String[] { "WON", "Wonen" }, new String[] { "OJZ", "Onderwijs, Jeugd en Zorg" },
			new String[] { "WPI", "Werk, Participatie en Inkomen" }, new String[] { "RED", "Ruimte en Duurzaamheid" },
			new String[] { "DIV", "Dienstverlening" }, new String[] { "IV", "Informatievoorziening" },
			new String[] { "COM", "Communicatie" }, new String[] { "HTZ", "Handhaving en Toezicht" },
			new String[] { "PO", "Personeel en Organisatie" });

	private static final String[] FIRST = { "Sanne", "Daan", "Noor", "Sem", "Lotte", "Milan", "Fleur", "Bram",
			"Yasmina", "Mohamed", "Eva", "Jesse", "Anouk", "Thijs", "Priya", "Kofi", "Lieke", "Ruben", "Fatima",
			"Stijn", "Iris", "Hamza", "Julia", "Niels", "Esra", "Joris", "Merel", "Tim", "Aisha", "Lars", "Femke",
			"Youssef", "Roos", "Koen", "Naima", "Gijs", "Mila", "Wouter", "Ilse", "Dewi" };

	private static final String[] LAST = { "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
			"de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
			"de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
			"Vermeulen", "van Dijk", "Yilmaz", "El Amrani", "Kaya", "Pinas", "Tahiri", "Koster", "van Wijk", "Postma",
			"Kuipers", "Veenstra", "Huisman", "Prins" };

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final EmployeeService employees;

	private final AccountService accounts;

	private final SettingsService settings;

	private final SecondFactorService secondFactor;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoData(EmployeeService employees, AccountService accounts, SettingsService settings,
			SecondFactorService secondFactor, TransactionTemplate transactions, Clock clock) {
		this.employees = employees;
		this.settings = settings;
		this.accounts = accounts;
		this.secondFactor = secondFactor;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemAuthentication.run(() -> {
			if (employees.count() == 0) {
				transactions.executeWithoutResult(status -> seed());
				log.info("Demo city created: {} people in {} departments", employees.count(), DEPARTMENTS.size());
				// only in the new demo database: in any other a known secret would open a
				// privileged account
				SECOND_FACTOR_SECRETS.forEach(secondFactor::enrolIfMissing);
			}
		});
		StringBuilder logins = new StringBuilder("\n\n  Ambtenaar Online demo logins (password for all: ")
			.append(PASSWORD)
			.append(")\n");
		LOGINS.forEach(login -> {
			logins.append(String.format(Locale.ROOT, "    %-12s %s%n", login.username(), login.description()));
			String secret = SECOND_FACTOR_SECRETS.get(login.username());
			if (secret != null) {
				logins.append(
						String.format(Locale.ROOT, "    %-12s   second factor: authenticator secret %s%n", "", secret));
			}
		});
		logins.append("  hr, beheerder and auditor also need a code from an authenticator app (TOTP, SHA1,\n")
			.append("  6 digits, 30 s) with the secret above, e.g. oathtool --totp -b SECRET\n");
		log.info("{}", logins);
	}

	void seed() {
		Random random = new Random(2026);
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
		// the training went live 80 days ago: most people are due within 10 days, new
		// hires
		// within 30 days of their start
		settings.update("assignment.social-media.go-live", today.minusDays(80).toString());
		// whom a learner contacts, e.g. after the last failed attempt
		settings.update("contact.support", "HR Servicepunt, hr-servicepunt@gemeente.example, 14\u00a0020");
		settings.update("privacy.contact", "Functionaris gegevensbescherming, privacy@gemeente.example");
		// the contact the lessons name (a made-up address, as every address of the demo)
		settings.update("source.huisstijl-contact", "huisstijl@gemeente.example");
		settings.update("source.gedragscode-url", "https://gemeente.example/gedragscode");
		settings.update("source.handreiking-url", "https://gemeente.example/handreiking-ambtenaar-2-0");
		// where the guideline's own text is published: the course page and the last page
		// link it
		settings.update("course.social-media.guideline-url", "https://gemeente.example/richtlijn-social-media");
		DEPARTMENTS.forEach(department -> employees.createDepartment(department[0], department[1]));
		int[] number = { 100000 };
		long director = employees
			.create(person(number, random, "PO", null, today.minusYears(12), WorkerType.EMPLOYEE, null, null));
		Map<String, Long> demoIds = new HashMap<>();
		for (String[] department : DEPARTMENTS) {
			long head = employees.create(person(number, random, department[0], director,
					today.minusYears(3 + random.nextInt(15)), WorkerType.EMPLOYEE, null, null));
			for (int i = 0; i < 21; i++) {
				WorkerType type = i == 19 ? WorkerType.CONTRACTOR : i == 20 ? WorkerType.INTERN : WorkerType.EMPLOYEE;
				// two recent new hires, one who started after go-live and is overdue, the
				// rest employed before go-live (rollout)
				LocalDate start = i < 2 ? today.minusDays(3 + random.nextInt(20)) : i == 2
						? today.minusDays(45 + random.nextInt(30)) : today.minusDays(60 + random.nextInt(365 * 15));
				LocalDate end = type == WorkerType.EMPLOYEE ? null : today.plusMonths(3 + random.nextInt(9));
				long id = employees.create(person(number, random, department[0], head, start, type,
						type == WorkerType.EMPLOYEE ? null : head, end));
				if (i == 5) {
					demoIds.put(department[0], id);
				}
			}
			demoIds.put(department[0] + "-head", head);
		}
		Map<String, String> holders = Map.of("medewerker", "VOR", "manager", "VOR-head", "hr", "PO", "beheerder", "IV",
				"auditor", "WPI");
		for (DemoLogin login : LOGINS) {
			accounts.createAccount(demoIds.get(holders.get(login.username())), login.username(), PASSWORD,
					login.grants().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(login.grants()));
		}
	}

	private static NewEmployee person(int[] number, Random random, String department, @Nullable Long manager,
			LocalDate start, WorkerType type, @Nullable Long sponsor, @Nullable LocalDate end) {
		number[0]++;
		String first = FIRST[random.nextInt(FIRST.length)];
		String fullLast = LAST[random.nextInt(LAST.length)];
		int split = fullLast.lastIndexOf(' ');
		String tussenvoegsel = split > 0 && Character.isLowerCase(fullLast.charAt(0)) ? fullLast.substring(0, split)
				: null;
		String last = tussenvoegsel == null ? fullLast : fullLast.substring(split + 1);
		String email = number[0] % 10 == 0 ? null : (first + "." + fullLast.replace(" ", "")).toLowerCase(Locale.ROOT)
				+ "." + number[0] + "@demo.example.org";
		return new NewEmployee(Integer.toString(number[0]), first, tussenvoegsel, last, email, department, manager,
				start, end, type, sponsor);
	}

}
