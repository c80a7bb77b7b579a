package nl.ambtenaaronline.training.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.ambtenaaronline.training.audit.AuditResult;
import nl.ambtenaaronline.training.audit.AuditService;
import nl.ambtenaaronline.training.shared.Roles;
import nl.ambtenaaronline.training.shared.Savepoints;
import nl.ambtenaaronline.training.shared.SecurityContexts;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audited run-time settings. Reading is open to every caller; changing needs ADMIN, or HR
 * for settings marked HR-editable. Every change is audited with the old and the new
 * value.
 */
@Service
public class SettingsService {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final Clock clock;

	private final Savepoints savepoints;

	private final List<SettingDefinition> fixed;

	private final ObjectProvider<SettingDefinitionSource> sources;

	private volatile @Nullable Map<String, SettingDefinition> definitions;

	SettingsService(JdbcTemplate jdbc, AuditService audit, Clock clock, Savepoints savepoints,
			List<SettingDefinition> definitions, ObjectProvider<SettingDefinitionSource> sources) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.savepoints = savepoints;
		this.fixed = List.copyOf(definitions);
		this.sources = sources;
	}

	private Map<String, SettingDefinition> definitions() {
		Map<String, SettingDefinition> known = definitions;
		if (known == null) {
			Map<String, SettingDefinition> all = new LinkedHashMap<>();
			List<SettingDefinition> everything = new java.util.ArrayList<>(fixed);
			sources.orderedStream().forEach(source -> everything.addAll(source.definitions()));
			everything.stream()
				.sorted(Comparator.comparing(SettingDefinition::key))
				.forEach(definition -> all.put(definition.key(), definition));
			definitions = all;
			return all;
		}
		return known;
	}

	@PermitAll
	@Transactional(readOnly = true)
	public String text(String key) {
		SettingDefinition definition = definition(key);
		List<String> stored = jdbc.queryForList("select setting_value from app_setting where setting_key = ?",
				String.class, key);
		return stored.isEmpty() ? definition.defaultValue() : stored.getFirst();
	}

	@PermitAll
	public int integer(String key) {
		return Integer.parseInt(text(key));
	}

	@PermitAll
	public boolean bool(String key) {
		return Boolean.parseBoolean(text(key));
	}

	@PermitAll
	public Optional<LocalDate> date(String key) {
		String value = text(key);
		return value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value));
	}

	/**
	 * The keys of every defined setting that starts with {@code prefix}, sorted; e.g. all
	 * {@code retention.} settings for the privacy pack.
	 */
	@PermitAll
	public List<String> keys(String prefix) {
		return definitions().keySet().stream().filter(key -> key.startsWith(prefix)).sorted().toList();
	}

	@RolesAllowed({ Roles.ADMIN, Roles.HR })
	@Transactional(readOnly = true)
	public List<SettingValue> list() {
		boolean admin = isAdmin();
		return definitions().values()
			.stream()
			.filter(definition -> admin || definition.hrEditable())
			.map(this::valueOf)
			.toList();
	}

	/**
	 * Validates and stores a new value, audited with old and new value.
	 * @throws InvalidSettingException with a message key when the value does not fit
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.HR })
	@Transactional
	public void update(String key, String rawValue) {
		SettingDefinition definition = definition(key);
		if (!definition.hrEditable() && !isAdmin()) {
			throw new AccessDeniedException("setting " + key);
		}
		String value = validate(definition, rawValue.strip());
		String old = text(key);
		if (old.equals(value)) {
			return;
		}
		String actor = actor();
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		if (!insert(key, value, now, actor)) {
			jdbc.update(
					"update app_setting set setting_value = ?, changed_at = ?, changed_by = ? where setting_key = ?",
					value, now, actor, key);
		}
		audit.record("setting.changed", "setting:" + key, AuditResult.SUCCESS, "'" + old + "' -> '" + value + "'");
	}

	/**
	 * Stores several values together, or none: every value is validated first; when one
	 * does not fit, nothing is stored and each refusal is named. Each change is audited
	 * as with {@link #update(String, String)}.
	 * @throws InvalidSettingsException per key the refusal, when any value does not fit
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.HR })
	@Transactional
	public void updateAll(Map<String, String> values) {
		Map<String, InvalidSettingException> refused = new LinkedHashMap<>();
		values.forEach((key, rawValue) -> {
			SettingDefinition definition = definition(key);
			if (!definition.hrEditable() && !isAdmin()) {
				throw new AccessDeniedException("setting " + key);
			}
			try {
				validate(definition, rawValue.strip());
			}
			catch (InvalidSettingException ex) {
				refused.put(key, ex);
			}
		});
		if (!refused.isEmpty()) {
			throw new InvalidSettingsException(refused);
		}
		values.forEach(this::update);
	}

	/**
	 * Fixes a setting that has no stored value yet, e.g. the go-live date the first time
	 * it is needed: the first writer wins, also when several nodes or listeners get here
	 * at the same moment, and only that writer's value is audited.
	 * @return the stored value: this one, or the one another writer stored first
	 * @throws InvalidSettingException with a message key when the value does not fit
	 */
	@RolesAllowed({ Roles.ADMIN, Roles.HR })
	@Transactional
	public String initialise(String key, String rawValue) {
		SettingDefinition definition = definition(key);
		if (!definition.hrEditable() && !isAdmin()) {
			throw new AccessDeniedException("setting " + key);
		}
		String value = validate(definition, rawValue.strip());
		if (insert(key, value, clock.instant().atOffset(ZoneOffset.UTC), actor())) {
			audit.record("setting.changed", "setting:" + key, AuditResult.SUCCESS,
					"'" + definition.defaultValue() + "' -> '" + value + "'");
			return value;
		}
		return text(key);
	}

	/** Inserts the first stored value of a setting; false when one is there already. */
	private boolean insert(String key, String value, OffsetDateTime now, String actor) {
		return savepoints.insertUnlessDuplicate(() -> jdbc.update(
				"insert into app_setting (setting_key, setting_value, changed_at, changed_by) values (?, ?, ?, ?)", key,
				value, now, actor));
	}

	private static String actor() {
		return SecurityContexts.authentication() == null ? "system" : SecurityContexts.authentication().getName();
	}

	private SettingValue valueOf(SettingDefinition definition) {
		var rows = jdbc.queryForList(
				"select setting_value, changed_at, changed_by from app_setting where setting_key = ?",
				definition.key());
		if (rows.isEmpty()) {
			return new SettingValue(definition, definition.defaultValue(), null, null);
		}
		var row = rows.getFirst();
		Object changedAt = row.get("changed_at");
		Instant at = changedAt instanceof OffsetDateTime odt ? odt.toInstant()
				: changedAt instanceof java.sql.Timestamp ts ? ts.toInstant() : null;
		return new SettingValue(definition, (String) row.get("setting_value"), at, (String) row.get("changed_by"));
	}

	private SettingDefinition definition(String key) {
		SettingDefinition definition = definitions().get(key);
		if (definition == null) {
			throw new IllegalArgumentException("Unknown setting: " + key);
		}
		return definition;
	}

	static String validate(SettingDefinition definition, String value) {
		switch (definition.type()) {
			case INTEGER, WEEKDAY -> {
				int number;
				try {
					number = Integer.parseInt(value);
				}
				catch (NumberFormatException ex) {
					throw new InvalidSettingException("settings.invalid.integer");
				}
				if (number < definition.min() || number > definition.max()) {
					throw new InvalidSettingException("settings.invalid.range", definition.min(), definition.max());
				}
				return Integer.toString(number);
			}
			case BOOLEAN -> {
				if (!value.equals("true") && !value.equals("false")) {
					throw new InvalidSettingException("settings.invalid.boolean");
				}
				return value;
			}
			case DATE -> {
				if (value.isEmpty()) {
					return value;
				}
				try {
					return LocalDate.parse(value).toString();
				}
				catch (DateTimeParseException ex) {
					throw new InvalidSettingException("settings.invalid.date");
				}
			}
			case URL -> {
				if (value.isEmpty()) {
					return value;
				}
				try {
					URI uri = new URI(value);
					// https only: learners and mails are sent there from an official
					// training
					if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
						throw new InvalidSettingException("settings.invalid.url");
					}
				}
				catch (URISyntaxException ex) {
					throw new InvalidSettingException("settings.invalid.url");
				}
				return value;
			}
			case EMAIL -> {
				if (!value.isEmpty() && !EMAIL.matcher(value).matches()) {
					throw new InvalidSettingException("settings.invalid.email");
				}
				return value;
			}
			default -> {
				if (value.length() > 4000) {
					throw new InvalidSettingException("settings.invalid.length", 4000);
				}
				return value;
			}
		}
	}

	private static boolean isAdmin() {
		var authentication = SecurityContexts.authentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
	}

}
