package nl.ambtenaaronline.training.governance;

import java.util.ArrayList;
import java.util.List;

import nl.ambtenaaronline.training.shared.Role;
import nl.ambtenaaronline.training.shared.SignedIn;
import nl.ambtenaaronline.training.shared.UserNotice;
import nl.ambtenaaronline.training.shared.UserNoticeSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Administrators see on every page that privileged roles were newly granted (until they
 * mark them as seen) and that this quarter's access review has no sign-off yet.
 */
@Component
@Order(10)
class AccessReviewNotices implements UserNoticeSource {

	/** The route of the access review. */
	static final String ROUTE = "admin/access-review";

	private final AccessReviewService reviews;

	AccessReviewNotices(AccessReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public List<UserNotice> noticesForCurrentUser() {
		if (!SignedIn.hasAnyRole(Role.ADMIN)) {
			return List.of();
		}
		List<UserNotice> notices = new ArrayList<>();
		int unseen = reviews.unseenGrantCount();
		if (unseen > 0) {
			notices.add(new UserNotice("new-role-grants", UserNotice.Level.INFO, "access-review.notice.grants",
					List.of(Integer.toString(unseen)), ROUTE));
		}
		AccessReviewStatus status = reviews.status();
		if (status.due()) {
			notices.add(new UserNotice("access-review-due", UserNotice.Level.INFO, "access-review.notice.due",
					List.of(status.quarter().toString()), ROUTE));
		}
		return notices;
	}

}
