package nl.ambtenaaronline.training.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.privacy.PrivacyService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.pdf.PdfKit;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pack for the privacy officer and the works council, built at each request from the
 * live configuration: the screens and who may open them (from the views' annotations),
 * the declared matrix of data categories × roles, the retention settings, the data
 * inventory (database metadata joined with the purposes file) and a draft entry of the
 * processing register. HR, administrators and auditors may read it.
 */
@Service
public class PrivacyPackService {

	/** The retention settings the pack always lists, configured or not. */
	static final List<String> RETENTION_KEYS = List.of("retention.answers.months", "retention.attempts.months",
			"retention.certificates.months", "retention.reminders.months", "retention.audit.months");

	static final String CATEGORY_FILE = "governance/category-access.properties";

	private static final Set<String> NOT_PERSONAL = Set.of(DataInventory.TECHNICAL, "none");

	private static final Set<String> OWN_ONLY = Set.of("own", "none");

	private final PrivacyService privacy;

	private final SettingsService settings;

	private final AuditService audit;

	private final AppProperties properties;

	private final DataSource dataSource;

	private final Clock clock;

	private final PrivacyPackPdfRenderer renderer;

	private final List<RouteAccess> routes;

	private final DataInventory inventory;

	private final List<CategoryAccess> categories;

	PrivacyPackService(SettingsService settings, PrivacyService privacy, AuditService audit, AppProperties properties,
			DataSource dataSource, Clock clock, MessageSource messages, PdfKit kit) {
		this.settings = settings;
		this.privacy = privacy;
		this.audit = audit;
		this.properties = properties;
		this.dataSource = dataSource;
		this.clock = clock;
		this.renderer = new PrivacyPackPdfRenderer(messages, kit);
		this.routes = RouteScanner.scan();
		this.inventory = DataInventory.load();
		this.categories = loadCategories();
	}

	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.HR })
	@Transactional(readOnly = true)
	public PrivacyPack pack() {
		List<RetentionRow> retention = retention();
		List<InventoryRow> rows = inventory.read(dataSource);
		Set<String> purposes = new LinkedHashSet<>();
		Set<String> personal = new LinkedHashSet<>();
		rows.forEach(row -> {
			if (row.category() != null && !NOT_PERSONAL.contains(row.category())) {
				personal.add(row.category());
				purposes.add(row.purpose());
			}
		});
		Set<String> recipients = new LinkedHashSet<>();
		for (CategoryAccess category : categories) {
			for (int i = 0; i < PrivacyPack.ROLES.size(); i++) {
				if (!OWN_ONLY.contains(category.access().get(i))) {
					recipients.add(PrivacyPack.ROLES.get(i));
				}
			}
		}
		List<String> orderedRecipients = PrivacyPack.ROLES.stream().filter(recipients::contains).toList();
		ProcessingRegister register = new ProcessingRegister(properties.cityName(), contactOrUnset(privacy.contact()),
				List.copyOf(purposes), List.copyOf(personal), orderedRecipients, retention);
		return new PrivacyPack(clock.instant(), register, routes, categories, retention, rows);
	}

	/** The pack as a PDF/A-2u document in the given language; the download is audited. */
	@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.HR })
	@Transactional
	public byte[] pdf(Locale locale) {
		byte[] pdf = renderer.render(pack(), locale);
		audit.record("privacy-pack.downloaded", "privacy-pack", AuditResult.SUCCESS,
				"language=" + locale.getLanguage());
		return pdf;
	}

	/**
	 * The one privacy contact, that of the privacy statement; a dash while none is set.
	 */
	private static String contactOrUnset(String contact) {
		return contact.isBlank() ? "–" : contact;
	}

	private List<RetentionRow> retention() {
		return retention(settings.keys("retention."), settings::text);
	}

	/**
	 * The retention rows: the known periods first (empty where no feature defines one),
	 * then any other {@code retention.} setting a feature defines.
	 */
	static List<RetentionRow> retention(List<String> defined, Function<String, String> value) {
		Set<String> keys = new LinkedHashSet<>(RETENTION_KEYS);
		keys.addAll(defined);
		List<RetentionRow> rows = new ArrayList<>();
		for (String key : keys) {
			rows.add(new RetentionRow(key, defined.contains(key) ? value.apply(key) : null));
		}
		return rows;
	}

	private static List<CategoryAccess> loadCategories() {
		Properties file = new Properties();
		try (InputStream in = new ClassPathResource(CATEGORY_FILE).getInputStream()) {
			file.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + CATEGORY_FILE, ex);
		}
		String[] order = file.getProperty("order", "").split(",");
		List<CategoryAccess> categories = new ArrayList<>();
		for (String category : order) {
			String value = file.getProperty(category.strip());
			if (value == null) {
				throw new IllegalStateException(CATEGORY_FILE + ": no line for " + category);
			}
			List<String> access = Arrays.stream(value.split(",")).map(String::strip).toList();
			if (access.size() != PrivacyPack.ROLES.size()) {
				throw new IllegalStateException(
						CATEGORY_FILE + ": " + category + " needs one access per role " + PrivacyPack.ROLES);
			}
			categories.add(new CategoryAccess(category.strip(), access));
		}
		return categories;
	}

}
