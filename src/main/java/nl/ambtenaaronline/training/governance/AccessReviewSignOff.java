package nl.ambtenaaronline.training.governance;

import java.time.Instant;

/**
 * A "reviewed" sign-off of the access review.
 *
 * @param reviewedBy the reviewer's user name (or audit id)
 * @param holdings how many role holdings the report listed when it was signed off
 */
public record AccessReviewSignOff(String quarter, Instant reviewedAt, String reviewedBy, String remark, int holdings) {
}
