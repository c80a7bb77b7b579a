package nl.ambtenaaronline.training.shared;

import java.util.List;

/**
 * A feature's notices for the signed-in user. Every bean of this type is asked on each
 * navigation; it decides from the current authentication (see {@link SecurityContexts})
 * whether the user should see anything, and returns an empty list otherwise. Keep it
 * cheap: one small query at most.
 */
public interface UserNoticeSource {

	List<UserNotice> noticesForCurrentUser();

	/**
	 * The notices for the page at {@code path} (the route; empty for the start page). By
	 * default the same on every page; a source that speaks only on one page (e.g. the
	 * start page) overrides this.
	 */
	default List<UserNotice> noticesForCurrentUser(String path) {
		return noticesForCurrentUser();
	}

}
