package nl.ambtenaaronline.training.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.settings.SettingsService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.SystemAuthentication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The content engine's public face: the courses, every version loaded on this node, the
 * placeholders for sources, and the administrator's validated reload.
 * <p>
 * An attempt stores the course version it started on and reads it back with
 * {@link #version(String, SemanticVersion)}; that version stays available after a reload
 * for as long as this node runs. {@link CourseVersionPublished} is published when a
 * version becomes current.
 */
@Service
public class ContentService {

	private static final Logger log = LoggerFactory.getLogger(ContentService.class);

	private final ContentStore store;

	private final SettingsService settings;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	/** the problems the last {@link #follow()} logged, so that they are logged once */
	private volatile String lastFollowProblems = "";

	ContentService(ContentStore store, SettingsService settings, AuditService audit, ApplicationEventPublisher events,
			MessageSource messages, TransactionTemplate transactions) {
		this.store = store;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.transactions = transactions;
	}

	/** The version new attempts of the course start on. */
	@PermitAll
	public Optional<Course> current(String courseId) {
		return store.current(courseId);
	}

	/**
	 * A version loaded on this node (the current one or an older one kept for attempts).
	 */
	@PermitAll
	public Optional<Course> version(String courseId, SemanticVersion version) {
		return store.version(courseId, version);
	}

	/** The current version of every course, by course id. */
	@PermitAll
	public List<Course> courses() {
		return store.courses();
	}

	/** Every version loaded on this node, newest first per course. */
	@PermitAll
	public List<LoadedVersion> loadedVersions() {
		return store.loadedVersions();
	}

	@RolesAllowed(Roles.ADMIN)
	public ContentSourceInfo source() {
		ContentStore.Source source = store.source();
		return new ContentSourceInfo(source.configured(), source.folder().toString(), source.bundled());
	}

	/**
	 * Replaces the placeholders ({@code {{huisstijl-contact}}},
	 * {@code {{gedragscode-url}}}, {@code {{handreiking-url}}}) in a plain text with the
	 * settings {@code source.<name>}. A setting without a value reads "not set yet".
	 */
	@PermitAll
	public String resolvePlaceholders(String text, Locale locale) {
		return Placeholders.replace(text, name -> valueOf(name, locale));
	}

	/** Both languages of a text with their placeholders replaced. */
	@PermitAll
	public LocalizedText resolvePlaceholders(LocalizedText text) {
		return new LocalizedText(resolvePlaceholders(text.nl(), Locale.of("nl")),
				resolvePlaceholders(text.en(), Locale.ENGLISH));
	}

	/**
	 * Replaces the placeholders in rendered lesson HTML: web addresses become links,
	 * e-mail addresses mail links, everything HTML-escaped.
	 */
	@PermitAll
	public String resolvePlaceholdersInHtml(String html, Locale locale) {
		return Placeholders.replace(html, name -> {
			String value = valueOf(name, locale);
			String escaped = HtmlUtils.htmlEscape(value);
			if (value.startsWith("https://") || value.startsWith("http://")) {
				return "<a href=\"" + escaped + "\" rel=\"noopener noreferrer\">" + escaped + "</a>";
			}
			if (value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				return "<a href=\"mailto:" + escaped + "\">" + escaped + "</a>";
			}
			return escaped;
		});
	}

	private String valueOf(String name, Locale locale) {
		String value = settings.text(Placeholders.settingKey(name)).strip();
		return value.isEmpty() ? messages.getMessage("content.placeholder.unset", null, locale) : value;
	}

	/**
	 * Reads the content folder again. Everything is validated first: when any course has
	 * a problem, nothing changes and the result lists the problems. Audited either way.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public ReloadResult reload() {
		ReloadResult result = store.reload();
		if (!result.success()) {
			audit.record("content.reload", "content", AuditResult.FAILED, "problems: " + result.problems().size());
			return result;
		}
		audit.record("content.reload", "content", AuditResult.SUCCESS,
				result.changes().isEmpty() ? "unchanged" : describe(result.changes()));
		result.changes().forEach(this::publish);
		return result;
	}

	/**
	 * Follows the content folder that all nodes share: reads it again and makes new
	 * versions current, like {@link #reload()}, so that an administrator's reload on one
	 * node (or a deployment) reaches every node. Runs on every node every
	 * {@code app.content.check-interval}. Audited only when a version changed; content
	 * with problems is left alone (logged once per set of problems: the administrator
	 * sees them with a reload).
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public ReloadResult follow() {
		ReloadResult result = store.reload();
		if (!result.success()) {
			String problems = result.problems().toString();
			if (!problems.equals(lastFollowProblems)) {
				lastFollowProblems = problems;
				log.warn("Content folder not followed: {} problems; the content in use stays",
						result.problems().size());
			}
			return result;
		}
		lastFollowProblems = "";
		if (!result.changes().isEmpty()) {
			audit.record("content.reload", "content", AuditResult.SUCCESS,
					describe(result.changes()) + " (followed the content folder)");
			log.info("Content folder followed: {}", describe(result.changes()));
			result.changes().forEach(this::publish);
		}
		return result;
	}

	private static String describe(List<CourseChange> changes) {
		return changes.stream()
			.map(change -> change.courseId() + " " + (change.from() == null ? "-" : change.from()) + " -> "
					+ change.to())
			.collect(Collectors.joining(", "));
	}

	private void publish(CourseChange change) {
		SemanticVersion from = change.from();
		events.publishEvent(new CourseVersionPublished(change.courseId(), change.to(), from,
				from != null && change.to().major() > from.major()));
	}

	/** Every course loaded at start-up becomes current: tell the listeners. */
	@EventListener(ApplicationReadyEvent.class)
	void publishStartupVersions() {
		SystemAuthentication.run(() -> transactions.executeWithoutResult(status -> store.courses()
			.forEach(course -> events
				.publishEvent(new CourseVersionPublished(course.id(), course.version(), null, false)))));
	}

}
