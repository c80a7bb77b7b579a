package nl.ambtenaaronline.training.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one way screens write dates and moments: in Dutch as the date picker does
 * ({@code 6-12-2026}, {@code 6-12-2026 14:05:09}), in English {@code 6 Dec 2026}; moments
 * in Europe/Amsterdam, always with seconds, so that audit entries can be told apart.
 */
public final class Dates {

	private Dates() {
	}

	public static String day(@Nullable LocalDate date, Locale locale) {
		return date == null ? "" : dayFormat(locale).format(date);
	}

	public static String moment(@Nullable Instant instant, Locale locale) {
		return instant == null ? "" : momentFormat(locale).format(instant);
	}

	/** The format of {@link #moment}, for a screen that formats many moments. */
	public static DateTimeFormatter momentFormat(Locale locale) {
		return DateTimeFormatter.ofPattern(pattern(locale) + " HH:mm:ss", locale).withZone(TimeConfiguration.ZONE);
	}

	private static DateTimeFormatter dayFormat(Locale locale) {
		return DateTimeFormatter.ofPattern(pattern(locale), locale);
	}

	private static String pattern(Locale locale) {
		return "nl".equals(locale.getLanguage()) ? "d-M-yyyy" : "d MMM yyyy";
	}

}
