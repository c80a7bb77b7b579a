package nl.ambtenaaronline.training.employee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.TimeConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the roster from a CSV file in two steps: {@link #preview} says what would
 * change, without writing; {@link #confirm} (or {@link #confirmWithLeavers} when many
 * people would be marked as left) reads and checks the file again and writes it in one
 * transaction, all or nothing. People are never deleted: those missing from the file are
 * marked as left (end date = the import date in Europe/Amsterdam). Values are stored as
 * text exactly as read; nothing is ever evaluated.
 */
@Service
public class RosterImportService {

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final SettingsService settings;

	private final Clock clock;

	private final RosterImportProperties properties;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private volatile IntConsumer writeHook = row -> {
	};

	RosterImportService(JdbcTemplate jdbc, AuditService audit, SettingsService settings, Clock clock,
			RosterImportProperties properties, ApplicationEventPublisher events, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.properties = properties;
		this.events = events;
		this.entityManager = entityManager;
	}

	/** What importing the file would do; writes nothing. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional(readOnly = true)
	public RosterPreview preview(RosterUpload upload) {
		return plan(upload).preview();
	}

	/**
	 * Imports the file after checking it again.
	 * @throws RosterImportRejectedException when the file has problems, or when the
	 * leavers exceed the configured share (then {@link #confirmWithLeavers} is needed);
	 * nothing is written then
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public RosterImportResult confirm(RosterUpload upload) {
		return apply(upload, null);
	}

	/**
	 * Imports the file, with the explicit confirmation that {@code confirmedLeavers}
	 * people will be marked as left.
	 * @throws RosterImportRejectedException when the file has problems or the number of
	 * leavers is not the one confirmed; nothing is written then
	 */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	@Transactional
	public RosterImportResult confirmWithLeavers(RosterUpload upload, int confirmedLeavers) {
		return apply(upload, confirmedLeavers);
	}

	/** The limits of the import, for the upload page. */
	@RolesAllowed({ Roles.HR, Roles.ADMIN })
	public RosterImportProperties limits() {
		return properties;
	}

	private RosterImportResult apply(RosterUpload upload, @Nullable Integer confirmedLeavers) {
		RosterPlan plan = plan(upload);
		RosterPreview preview = plan.preview();
		if (!preview.valid()) {
			throw new RosterImportRejectedException(preview, "roster.rejected.problems");
		}
		if (preview.leaverConfirmationNeeded() && (confirmedLeavers == null || confirmedLeavers != preview.leavers())) {
			throw new RosterImportRejectedException(preview, "roster.rejected.leavers");
		}
		// The writer works with JDBC: no JPA entity of this transaction may be stale
		// afterwards.
		entityManager.flush();
		Set<Long> touched = new RosterWriter(jdbc, writeHook).write(plan, today());
		entityManager.clear();
		audit.record("roster.imported", "roster", AuditResult.SUCCESS, String.format(Locale.ROOT,
				"mode=%s rows=%d new=%d changed=%d unchanged=%d leavers=%d departments-new=%d departments-renamed=%d leavers-confirmed=%s",
				preview.mode(), preview.rows(), preview.newPeople(), preview.changed(), preview.unchanged(),
				preview.leavers(), preview.newDepartments(), preview.renamedDepartments(), confirmedLeavers != null));
		publish(events, touched);
		return new RosterImportResult(preview.mode(), preview.newPeople(), preview.changed(), preview.unchanged(),
				preview.leavers(), preview.newDepartments(), preview.renamedDepartments());
	}

	private RosterPlan plan(RosterUpload upload) {
		LocalDate today = today();
		int maxLeaverPercent = settings.integer(EmployeeConfiguration.MAX_LEAVER_PERCENT);
		RosterProblems problems = new RosterProblems(properties.maxProblems());
		List<RosterRow> rows = new ArrayList<>();
		RosterFileReader.Result read = RosterFileReader.read(upload.content(), properties, today, problems, rows::add);
		if (read.fatal()) {
			return new RosterPlan(List.of(), List.of(), java.util.Map.of(), List.of(), java.util.Map.of(),
					java.util.Map.of(), RosterPreview.rejected(upload.mode(), read.rows(), problems.list(),
							problems.count(), maxLeaverPercent));
		}
		return new RosterAnalysis(rows, read, CurrentRoster.load(jdbc), upload.mode(), today, problems)
			.analyse(maxLeaverPercent, properties.sampleSize());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
	}

	/**
	 * Publishes {@link RosterChanged} in chunks that fit the event publication registry.
	 */
	static void publish(ApplicationEventPublisher events, Set<Long> ids) {
		List<Long> chunk = new ArrayList<>(RosterChanged.MAX_IDS);
		for (Long id : ids) {
			chunk.add(id);
			if (chunk.size() == RosterChanged.MAX_IDS) {
				events.publishEvent(new RosterChanged(Set.copyOf(chunk)));
				chunk.clear();
			}
		}
		if (!chunk.isEmpty()) {
			events.publishEvent(new RosterChanged(Set.copyOf(chunk)));
		}
	}

	/** Test hook: called with the running count of people written during a confirm. */
	void setWriteHook(@Nullable IntConsumer hook) {
		this.writeHook = hook == null ? row -> {
		} : hook;
	}

}
