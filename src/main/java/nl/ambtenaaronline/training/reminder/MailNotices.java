package nl.ambtenaaronline.training.reminder;

import java.util.List;

import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.UserNotice;
import nl.ambtenaaronline.training.shared.UserNoticeSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * HR and administrators see on every page that reminders are not mailed while no mail
 * server is configured, so that nobody believes late people were reminded.
 */
@Component
@Order(20)
class MailNotices implements UserNoticeSource {

	private final ReminderService reminders;

	MailNotices(ReminderService reminders) {
		this.reminders = reminders;
	}

	/**
	 * Not on the reminders and the sent mail: each says it at its top already, and a
	 * second banner saying the same pushed the page down.
	 */
	@Override
	public List<UserNotice> noticesForCurrentUser(String path) {
		return path.equals("reminders") || path.equals("admin/sent-mail") ? List.of() : noticesForCurrentUser();
	}

	@Override
	public List<UserNotice> noticesForCurrentUser() {
		if (!SignedIn.hasAnyRole(Role.HR, Role.ADMIN) || reminders.smtpConfigured()) {
			return List.of();
		}
		return List
			.of(new UserNotice("no-mail", UserNotice.Level.INFO, "reminder.notice.no-mail", List.of(), "reminders"));
	}

}
