package nl.ambtenaaronline.training.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Filters the audit trail; every part is optional. Action, actor and subject match as
 * "contains", case insensitive, except that a reference such as {@code account:3} in
 * actor or subject matches only that whole reference (not account:31); {@code from} and
 * {@code to} are dates in Amsterdam time, both inclusive; {@code result} matches exactly;
 * {@code people} finds what people did and what was done about them.
 */
public record AuditFilter(@Nullable String action, @Nullable String actor, @Nullable String subject,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable AuditResult result, @Nullable List<String> people) {

	/**
	 * @param people the references ({@code employee:181}, {@code account:3}) of the
	 * people searched by name: an event matches when its actor or subject holds one of
	 * them; {@code null} filters nothing, an empty list (a name that found nobody)
	 * matches nothing
	 */
	public AuditFilter {
		people = people == null ? null : List.copyOf(people);
	}

	public AuditFilter(@Nullable String action, @Nullable String actor, @Nullable String subject,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable AuditResult result) {
		this(action, actor, subject, from, to, result, null);
	}

	public AuditFilter(@Nullable String action, @Nullable String actor, @Nullable String subject) {
		this(action, actor, subject, null, null, null);
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null);
	}

	/**
	 * The filter as short text for the audit trail of an export, e.g.
	 * {@code action=login}.
	 */
	public String describe() {
		List<String> parts = new ArrayList<>();
		add(parts, "action", action);
		add(parts, "actor", actor);
		add(parts, "subject", subject);
		add(parts, "from", from == null ? null : from.toString());
		add(parts, "to", to == null ? null : to.toString());
		add(parts, "result", result == null ? null : result.name());
		add(parts, "people", people == null ? null : people.isEmpty() ? "nobody" : String.join("|", people));
		return parts.isEmpty() ? "none" : String.join(",", parts);
	}

	private static void add(List<String> parts, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			parts.add(name + "=" + value.strip());
		}
	}

}
