package nl.ambtenaaronline.training.reminder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up configuration of the reminders ({@code app.reminder.*}); the SMTP server
 * itself is {@code spring.mail.*} (without {@code spring.mail.host} mails go to the
 * administrator's "sent mail" view). What HR changes at run time (days, office hours,
 * throttle) is in the audited settings.
 *
 * @param from the sender address
 * @param fromName the sender's display name
 * @param baseUrl the address in the deep links; empty: {@code app.public-base-url}
 * @param planCron when the daily planning runs (Europe/Amsterdam)
 * @param sendCron how often the send job looks at the outbox
 * @param batchSize the most mails one send run hands over
 * @param firstRetry the first back-off after a temporary failure; it doubles each time
 * @param maxRetry the longest back-off
 * @param maxAttempts after this many temporary failures a reminder is marked failed
 */
@ConfigurationProperties("app.reminder")
public record ReminderProperties(@DefaultValue("noreply-training@amsterdam.example") String from,
		@DefaultValue("Ambtenaar Online") String fromName, @DefaultValue("") String baseUrl,
		@DefaultValue("0 30 7 * * MON-FRI") String planCron, @DefaultValue("0 * * * * *") String sendCron,
		@DefaultValue("200") int batchSize, @DefaultValue("1m") Duration firstRetry,
		@DefaultValue("6h") Duration maxRetry, @DefaultValue("12") int maxAttempts) {

}
