package nl.ambtenaaronline.training.settings;

import java.util.List;

import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.UserNotice;
import nl.ambtenaaronline.training.shared.UserNoticeSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Administrators see on every page how many of the contacts and addresses the lessons
 * name ({@code source.*} settings) are still empty: learners read "adres nog niet
 * ingevuld" there until they are filled in.
 */
@Component
@Order(30)
class SourceNotices implements UserNoticeSource {

	private final SettingsService settings;

	SourceNotices(SettingsService settings) {
		this.settings = settings;
	}

	@Override
	public List<UserNotice> noticesForCurrentUser() {
		if (!SignedIn.hasAnyRole(Role.ADMIN)) {
			return List.of();
		}
		long empty = settings.keys("source.").stream().filter(key -> settings.text(key).isBlank()).count();
		if (empty == 0) {
			return List.of();
		}
		return List.of(new UserNotice("sources-empty", UserNotice.Level.INFO, "settings.notice.sources-empty",
				List.of(Long.toString(empty)), "settings"));
	}

}
