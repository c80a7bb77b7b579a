package nl.ambtenaaronline.training.certificate;

import java.time.LocalDate;

import nl.ambtenaaronline.training.content.LocalizedText;

/**
 * What the public verification page may say about a code: nothing beyond these fields.
 */
public sealed interface Verification {

	/**
	 * No certificate that may be verified publicly: the code is unknown, or the course's
	 * public verification is off. One neutral answer for both.
	 */
	record Unknown() implements Verification {
	}

	/**
	 * A known certificate.
	 *
	 * @param valid whether it is valid today; expired, superseded and revoked are all
	 * "not valid", without a reason
	 * @param validUntil the first day it is no longer valid
	 * @param holder initials and surname, e.g. {@code J.P. van der Berg}
	 */
	record Found(boolean valid, LocalDate validUntil, LocalizedText courseTitle, String courseVersion,
			LocalDate completedOn, String holder, boolean carriedOver) implements Verification {
	}

}
