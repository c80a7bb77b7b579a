package nl.ambtenaaronline.training.reminder.ui;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import nl.ambtenaaronline.training.content.ContentService;
import nl.ambtenaaronline.training.reminder.ReminderStatus;
import nl.ambtenaaronline.training.reminder.ReminderSummary;
import nl.ambtenaaronline.training.shared.Dates;
import org.jspecify.annotations.Nullable;

/** Labels of reminders as the screens show them. */
final class ReminderTexts {

	private ReminderTexts() {
	}

	static String when(@Nullable Instant instant, Locale locale) {
		// the one format of the screens (6-12-2026 14:05:09)
		return Dates.moment(instant, locale);
	}

	/** When it was mailed; nothing for one that was not (no mail server). */
	static String sent(ReminderSummary reminder, Locale locale) {
		return reminder.status() == ReminderStatus.SHOWN ? "" : when(reminder.sentAt(), locale);
	}

	static String kind(Component owner, ReminderSummary reminder) {
		return owner.getTranslation("reminder.kind." + reminder.kind().name());
	}

	/** The title of the course a reminder is about; empty for one about no course. */
	static String course(ContentService contents, ReminderSummary reminder, Locale locale) {
		String id = reminder.courseId();
		if (id == null) {
			return "";
		}
		return contents.current(id).map(course -> course.title().in(locale)).orElse(id);
	}

	/**
	 * Why a reminder failed, in words with what to do where the reason is known
	 * ("no-address"); another reason (a mail server's answer) as it came.
	 */
	static String error(Component owner, ReminderSummary reminder) {
		String error = reminder.lastError();
		if (error == null) {
			return "";
		}
		String known = owner.getTranslation("reminder.error." + error);
		return known.startsWith("!") ? error : known;
	}

	/** The status as a label; failures stand out (class {@code ao-reminder-failed}). */
	static Span status(Component owner, ReminderSummary reminder) {
		Span status = new Span(owner.getTranslation("reminder.status." + reminder.status().name()));
		status.addClassName("ao-reminder-status");
		if (reminder.status() == ReminderStatus.FAILED) {
			status.addClassName("ao-reminder-failed");
		}
		return status;
	}

}
