package nl.ambtenaaronline.training.integration;

import java.util.List;

/**
 * The xAPI outbox for the administrator.
 *
 * @param enabled whether statements are recorded and sent
 * @param endpoint the LRS's address, or empty
 * @param pending statements waiting to be sent
 * @param sent statements the LRS took
 * @param failed statements given up after the last attempt
 * @param recentFailures the newest failed attempts, newest first
 */
public record XapiStatus(boolean enabled, String endpoint, long pending, long sent, long failed,
		List<XapiFailure> recentFailures) {

	public XapiStatus {
		recentFailures = List.copyOf(recentFailures);
	}

}
