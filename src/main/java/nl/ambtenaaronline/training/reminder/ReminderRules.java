package nl.ambtenaaronline.training.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.settings.SettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder settings as values. Lists of days ("14,3") and times ("08:00") are read
 * leniently: a value that cannot be read falls back to the default (logged), so a typo
 * never stops the reminders.
 *
 * @param dueDays days before the due date, largest first
 * @param overdueMax how many weekly overdue reminders at most
 * @param expiryDays days before a certificate expires, largest first
 * @param digestDay from which weekday on the weekly manager digest goes out
 * @param officeStart office hours start (Europe/Amsterdam)
 * @param officeEnd office hours end (exclusive)
 * @param perHour the most mails handed to the SMTP server per hour
 */
record ReminderRules(List<Integer> dueDays, int overdueMax, List<Integer> expiryDays, DayOfWeek digestDay,
		LocalTime officeStart, LocalTime officeEnd, int perHour, String workingTimeNl, String workingTimeEn) {

	private static final Logger log = LoggerFactory.getLogger(ReminderRules.class);

	static ReminderRules from(SettingsService settings) {
		return new ReminderRules(days(settings.text(ReminderConfiguration.DUE_DAYS), List.of(14, 3)),
				settings.integer(ReminderConfiguration.OVERDUE_MAX),
				days(settings.text(ReminderConfiguration.EXPIRY_DAYS), List.of(60, 14)),
				DayOfWeek.of(settings.integer(ReminderConfiguration.DIGEST_DAY)),
				time(settings.text(ReminderConfiguration.OFFICE_START), LocalTime.of(8, 0)),
				time(settings.text(ReminderConfiguration.OFFICE_END), LocalTime.of(17, 0)),
				settings.integer(ReminderConfiguration.PER_HOUR), settings.text(ReminderConfiguration.WORKING_TIME_NL),
				settings.text(ReminderConfiguration.WORKING_TIME_EN));
	}

	String workingTime(Locale locale) {
		return "en".equals(locale.getLanguage()) ? workingTimeEn : workingTimeNl;
	}

	/** "14,3" → [14, 3]; positive whole numbers, largest first, no repeats. */
	static List<Integer> days(String value, List<Integer> fallback) {
		List<Integer> days = new ArrayList<>();
		try {
			for (String part : value.split("[,;\\s]+")) {
				if (part.isBlank()) {
					continue;
				}
				int day = Integer.parseInt(part.strip());
				if (day < 1 || day > 366) {
					throw new NumberFormatException(part);
				}
				if (!days.contains(day)) {
					days.add(day);
				}
			}
		}
		catch (NumberFormatException ex) {
			log.warn("Reminder days '{}' cannot be read; using {}", value, fallback);
			return fallback;
		}
		days.sort((a, b) -> Integer.compare(b, a));
		return List.copyOf(days);
	}

	static LocalTime time(String value, LocalTime fallback) {
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			log.warn("Reminder time '{}' cannot be read; using {}", value, fallback);
			return fallback;
		}
	}

}
