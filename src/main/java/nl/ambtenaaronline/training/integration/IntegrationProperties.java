package nl.ambtenaaronline.training.integration;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up configuration of the integrations ({@code app.integration.*}).
 *
 * @param hrFeed the completion feed for the HR system
 * @param xapi xAPI statements to the city's learning record store
 */
@ConfigurationProperties("app.integration")
public record IntegrationProperties(@DefaultValue HrFeed hrFeed, @DefaultValue Xapi xapi) {

	/**
	 * @param enabled whether statements are recorded and sent (default off)
	 * @param lrsEndpoint the LRS's xAPI base address (statements go to
	 * {@code <endpoint>/statements}); empty: statements are recorded for the export but
	 * not sent
	 * @param username the LRS's basic-auth user (with password), or empty
	 * @param password the LRS's basic-auth password
	 * @param accountHomePage the city's home page, whose accounts the employee numbers
	 * are; empty: the public base URL
	 * @param batchSize the most statements one request carries
	 * @param maxAttempts attempts per statement before it is FAILED
	 * @param firstRetry the pause after the first failure, doubled after each next one
	 * @param maxRetry the longest pause
	 * @param timeout how long one request to the LRS may take
	 * @param tokenEndpoint OAuth 2.0 token endpoint for the client-credentials grant
	 * (instead of basic auth), or empty
	 * @param clientId the OAuth client id (with {@code tokenEndpoint})
	 * @param clientSecret the OAuth client secret (with {@code tokenEndpoint})
	 * @param scope the OAuth scope asked for, or empty
	 */
	public record Xapi(@DefaultValue("false") boolean enabled, @Nullable String lrsEndpoint, @Nullable String username,
			@Nullable String password, @Nullable String accountHomePage, @DefaultValue("50") int batchSize,
			@DefaultValue("10") int maxAttempts, @DefaultValue("1m") Duration firstRetry,
			@DefaultValue("6h") Duration maxRetry, @DefaultValue("30s") Duration timeout,
			@Nullable String tokenEndpoint, @Nullable String clientId, @Nullable String clientSecret,
			@Nullable String scope) {

		public Xapi {
			if (batchSize < 1 || batchSize > 500) {
				throw new IllegalArgumentException("app.integration.xapi.batch-size must be 1..500, was " + batchSize);
			}
			if (maxAttempts < 1) {
				throw new IllegalArgumentException("app.integration.xapi.max-attempts must be at least 1");
			}
			if (lrsEndpoint != null && !lrsEndpoint.isBlank()
					&& !(lrsEndpoint.startsWith("https://") || lrsEndpoint.startsWith("http://"))) {
				throw new IllegalArgumentException(
						"app.integration.xapi.lrs-endpoint must be an http(s) address, was " + lrsEndpoint);
			}
			if ((username == null || username.isBlank()) != (password == null || password.isBlank())) {
				throw new IllegalArgumentException(
						"app.integration.xapi.username and password go together: set both or neither");
			}
			if (oauth(tokenEndpoint) && (blank(clientId) || blank(clientSecret))) {
				throw new IllegalArgumentException(
						"app.integration.xapi.token-endpoint needs client-id and client-secret");
			}
			if (!oauth(tokenEndpoint) && (!blank(clientId) || !blank(clientSecret))) {
				throw new IllegalArgumentException(
						"app.integration.xapi.client-id and client-secret need token-endpoint");
			}
			if (tokenEndpoint != null && !tokenEndpoint.isBlank()
					&& !(tokenEndpoint.startsWith("https://") || tokenEndpoint.startsWith("http://"))) {
				throw new IllegalArgumentException(
						"app.integration.xapi.token-endpoint must be an http(s) address, was " + tokenEndpoint);
			}
			if (oauth(tokenEndpoint) && !blank(username)) {
				throw new IllegalArgumentException(
						"app.integration.xapi: basic auth (username) or OAuth (token-endpoint), not both");
			}
		}

		/** Whether the LRS is reached with an OAuth 2.0 client-credentials token. */
		public boolean oauth() {
			return oauth(tokenEndpoint);
		}

		private static boolean oauth(@Nullable String tokenEndpoint) {
			return !blank(tokenEndpoint);
		}

		private static boolean blank(@Nullable String value) {
			return value == null || value.isBlank();
		}

	}

	/**
	 * @param csvFolder the folder the daily CSV file is written to; empty: no file
	 * @param csvCron when the file of the previous day is written (Europe/Amsterdam)
	 * @param pageSize the most events one HTTP page holds
	 */
	public record HrFeed(@Nullable String csvFolder, @DefaultValue("0 15 1 * * *") String csvCron,
			@DefaultValue("500") int pageSize) {

		public HrFeed {
			if (pageSize < 1 || pageSize > 5000) {
				throw new IllegalArgumentException(
						"app.integration.hr-feed.page-size must be 1..5000, was " + pageSize);
			}
		}

	}

}
