package nl.ambtenaaronline.training.governance;

import java.util.List;

/**
 * Whether the current quarter's access review is done.
 *
 * @param quarter the current quarter (Amsterdam time)
 * @param due whether the quarter has no sign-off yet
 * @param signOffs every sign-off, newest first
 */
public record AccessReviewStatus(Quarter quarter, boolean due, List<AccessReviewSignOff> signOffs) {

	public AccessReviewStatus {
		signOffs = List.copyOf(signOffs);
	}

}
