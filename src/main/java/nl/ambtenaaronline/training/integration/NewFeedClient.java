package nl.ambtenaaronline.training.integration;

/**
 * A client just created, with its token: shown once, stored only as a hash.
 */
public record NewFeedClient(FeedClient client, String token) {

	@Override
	public String toString() {
		return "NewFeedClient[" + client + ", token=***]";
	}

}
