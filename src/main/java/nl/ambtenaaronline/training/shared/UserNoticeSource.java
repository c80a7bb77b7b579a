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

}
