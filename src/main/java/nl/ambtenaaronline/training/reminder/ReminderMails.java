package nl.ambtenaaronline.training.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import nl.ambtenaaronline.training.content.Course;
import nl.ambtenaaronline.training.shared.AppProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the reminder mails in the recipient's language: plain text plus simple HTML in
 * the house style (inline styles, the colours of ambtenaar.css: red bar, blue link
 * button, text #202020), with a deep link to the course, its duration and that it counts
 * as working time.
 */
@Component
class ReminderMails {

	static final String RED = "#ec0000";

	static final String BLUE = "#004699";

	static final String TEXT = "#202020";

	static final String GREY = "#595959";

	static final String LIGHT = "#f3f3f3";

	private final MessageSource messages;

	private final AppProperties app;

	private final ReminderProperties properties;

	ReminderMails(MessageSource messages, AppProperties app, ReminderProperties properties) {
		this.messages = messages;
		this.app = app;
		this.properties = properties;
	}

	/** A written mail. */
	record Mail(String subject, String text, String html) {
	}

	/** One late team member in a manager's digest. */
	record DigestLine(String name, String course, LocalDate dueOn, boolean viaManagerOnly) {
	}

	/**
	 * A mail to a learner about one course.
	 * @param learnerName the learner's name
	 * @param forManager the manager's name when the learner has no address and it goes to
	 * the manager, else null
	 * @param date the due date, or the day the certificate is no longer valid
	 */
	Mail learner(ReminderKind kind, Locale locale, String learnerName, @Nullable String forManager, Course course,
			LocalDate date, LocalDate today, ReminderRules rules) {
		String title = course.title().in(locale);
		String formatted = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
		long days = Math.abs(ChronoUnit.DAYS.between(today, date));
		String subject = (forManager == null ? "" : message(locale, "reminder.mail.for", learnerName) + " ")
				+ message(locale, "reminder.mail.subject." + kind.name(), title, formatted, days);
		String link = link("course/" + course.id());
		String notice = forManager == null ? null : message(locale, "reminder.mail.via-manager", learnerName);
		String greeting = message(locale, "reminder.mail.greeting", forManager == null ? learnerName : forManager);
		String body = message(locale, "reminder.mail.body." + kind.name(), title, formatted, days);
		String duration = message(locale, "reminder.mail.duration", course.durationMinutes());
		String workingTime = rules.workingTime(locale);
		String button = message(locale, "reminder.mail.button", title);
		String footer = message(locale, "reminder.mail.footer", app.cityName());
		String text = (notice == null ? "" : notice + "\n\n") + greeting + "\n\n" + body + "\n\n" + duration + "\n"
				+ workingTime + "\n\n" + button + ": " + link + "\n\n-- \n" + footer + "\n";
		StringBuilder html = start(locale);
		if (notice != null) {
			html.append("<p style=\"background:")
				.append(LIGHT)
				.append(";border-left:4px solid ")
				.append(BLUE)
				.append(";padding:8px 12px;margin:0 0 16px 0;\">")
				.append(escape(notice))
				.append("</p>");
		}
		paragraph(html, greeting);
		paragraph(html, body);
		paragraph(html, duration + " " + workingTime);
		html.append("<p style=\"margin:24px 0;\"><a href=\"")
			.append(escape(link))
			.append("\" style=\"display:inline-block;background:")
			.append(BLUE)
			.append(";color:#ffffff;padding:10px 16px;text-decoration:none;font-weight:bold;\">")
			.append(escape(button))
			.append("</a></p>");
		paragraph(html, message(locale, "reminder.mail.link-text") + " " + link);
		return new Mail(subject, text, end(html, footer));
	}

	/** The weekly digest to a manager: their late team members. */
	Mail digest(Locale locale, String managerName, List<DigestLine> lines, int more) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		int total = lines.size() + more;
		String subject = message(locale, "reminder.mail.subject.MANAGER_DIGEST", total);
		String greeting = message(locale, "reminder.mail.greeting", managerName);
		String body = message(locale, "reminder.mail.body.MANAGER_DIGEST", total);
		String noAddress = message(locale, "reminder.mail.digest.no-address");
		String footer = message(locale, "reminder.mail.footer", app.cityName());
		String link = link("");
		StringBuilder text = new StringBuilder(greeting).append("\n\n").append(body).append("\n\n");
		StringBuilder html = start(locale);
		paragraph(html, greeting);
		paragraph(html, body);
		html.append("<table style=\"border-collapse:collapse;margin:0 0 16px 0;\"><tr>");
		for (String header : List.of("reminder.mail.digest.name", "reminder.mail.digest.course",
				"reminder.mail.digest.due")) {
			html.append("<th scope=\"col\" style=\"text-align:left;padding:4px 12px 4px 0;border-bottom:2px solid ")
				.append(TEXT)
				.append(";\">")
				.append(escape(message(locale, header)))
				.append("</th>");
		}
		html.append("</tr>");
		for (DigestLine line : lines) {
			String name = line.name() + (line.viaManagerOnly() ? " *" : "");
			text.append("- ")
				.append(name)
				.append(": ")
				.append(line.course())
				.append(", ")
				.append(dates.format(line.dueOn()))
				.append('\n');
			html.append("<tr><td style=\"padding:4px 12px 4px 0;\">")
				.append(escape(name))
				.append("</td><td style=\"padding:4px 12px 4px 0;\">")
				.append(escape(line.course()))
				.append("</td><td style=\"padding:4px 12px 4px 0;\">")
				.append(escape(dates.format(line.dueOn())))
				.append("</td></tr>");
		}
		html.append("</table>");
		if (more > 0) {
			String rest = message(locale, "reminder.mail.digest.more", more);
			text.append(rest).append('\n');
			paragraph(html, rest);
		}
		if (lines.stream().anyMatch(DigestLine::viaManagerOnly)) {
			text.append('\n').append(noAddress).append('\n');
			paragraph(html, noAddress);
		}
		text.append('\n').append(link).append("\n\n-- \n").append(footer).append('\n');
		paragraph(html, link);
		return new Mail(subject, text.toString(), end(html, footer));
	}

	String link(String route) {
		String base = properties.baseUrl().isBlank() ? app.publicBaseUrl() : properties.baseUrl();
		return (base.endsWith("/") ? base : base + "/") + route;
	}

	private StringBuilder start(Locale locale) {
		return new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
			.append("\"><head><meta charset=\"UTF-8\"></head><body style=\"margin:0;padding:0;background:#ffffff;")
			.append("font-family:Arial,'Liberation Sans',sans-serif;font-size:16px;line-height:1.5;color:")
			.append(TEXT)
			.append(";\"><div style=\"max-width:600px;margin:0 auto;border-top:4px solid ")
			.append(RED)
			.append(";padding:16px 24px;\"><p style=\"font-weight:bold;margin:0 0 16px 0;\">")
			.append(escape(app.cityName()))
			.append(" &middot; Ambtenaar Online</p>");
	}

	private static void paragraph(StringBuilder html, String text) {
		html.append("<p style=\"margin:0 0 16px 0;\">").append(escape(text)).append("</p>");
	}

	private static String end(StringBuilder html, String footer) {
		return html.append("<p style=\"margin:32px 0 0 0;font-size:13px;color:")
			.append(GREY)
			.append(";\">")
			.append(escape(footer))
			.append("</p></div></body></html>")
			.toString();
	}

	private String message(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
