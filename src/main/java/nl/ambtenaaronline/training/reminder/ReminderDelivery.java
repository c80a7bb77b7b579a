package nl.ambtenaaronline.training.reminder;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Handing a reminder to the SMTP server: the message with a stable Message-ID, the
 * back-off between attempts, and telling a refusal for good (5xx) from a temporary
 * failure.
 */
final class ReminderDelivery {

	private static final Pattern PERMANENT = Pattern.compile("^\\s*5\\d\\d\\b.*", Pattern.DOTALL);

	private final ReminderProperties properties;

	ReminderDelivery(ReminderProperties properties) {
		this.properties = properties;
	}

	MimeMessage message(JavaMailSender sender, ReminderOutbox.Outgoing mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		try {
			helper.setFrom(properties.from(), properties.fromName());
		}
		catch (UnsupportedEncodingException ex) {
			helper.setFrom(properties.from());
		}
		helper.setTo(mail.address());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		// the same Message-ID on every attempt: a receiving server can drop a repeat
		message.setHeader("Message-ID",
				"<reminder-" + mail.id() + "." + Integer.toHexString(mail.key().hashCode()) + "@ambtenaar-online>");
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}

	/** 1, 2, 4, 8 … times the first retry, at most the longest. */
	Duration backoff(int attempts) {
		Duration delay = properties.firstRetry().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return delay.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : delay;
	}

	/** The server's answer when it refused for good: a 5xx answer at hand-off. */
	static Optional<String> permanent(Throwable failure) {
		Deque<Throwable> todo = new ArrayDeque<>();
		Set<Throwable> seen = new HashSet<>();
		todo.add(failure);
		while (!todo.isEmpty()) {
			Throwable current = todo.poll();
			if (!seen.add(current)) {
				continue;
			}
			if (current instanceof SendFailedException && current.getMessage() != null
					&& PERMANENT.matcher(current.getMessage()).matches()) {
				return Optional.of(current.getMessage().lines().findFirst().orElse("").strip());
			}
			if (current.getCause() != null) {
				todo.add(current.getCause());
			}
			if (current instanceof MessagingException messaging && messaging.getNextException() != null) {
				todo.add(messaging.getNextException());
			}
			if (current instanceof MailSendException send) {
				todo.addAll(send.getFailedMessages().values());
			}
		}
		return Optional.empty();
	}

	static String describe(Exception ex) {
		StringBuilder text = new StringBuilder(ex.getClass().getSimpleName());
		Throwable cause = ex;
		while (cause != null) {
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().strip());
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
			if (text.length() > 400) {
				break;
			}
		}
		if (ex instanceof MailSendException send) {
			send.getFailedMessages().values().forEach(failed -> text.append(" | ").append(failed.getMessage()));
		}
		return text.toString();
	}

}
