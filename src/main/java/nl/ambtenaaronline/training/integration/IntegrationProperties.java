package nl.ambtenaaronline.training.integration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up configuration of the integrations ({@code app.integration.*}).
 *
 * @param hrFeed the completion feed for the HR system
 */
@ConfigurationProperties("app.integration")
public record IntegrationProperties(@DefaultValue HrFeed hrFeed) {

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
