package nl.ambtenaaronline.training.demo;

import java.util.List;

import nl.ambtenaaronline.training.integration.FeedClient;
import nl.ambtenaaronline.training.integration.FeedStatus;
import nl.ambtenaaronline.training.integration.HrFeedService;
import nl.ambtenaaronline.training.integration.NewFeedClient;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The completion feed in the demo city: the demo certificates (issued, superseded,
 * revoked) and the demo completions are its events; on "Koppelingen" an active client
 * with a known token (printed at every start, like the demo's authenticator secrets) and
 * a revoked one. The clients are made once, only while the demo database has none.
 */
@Component
@Profile("demo")
@Order(40)
class DemoIntegrations implements ApplicationRunner {

	static final String CLIENT = "HR-systeem (demo)";

	/** Demo only: a real client gets a random token, shown once on "Koppelingen". */
	static final String TOKEN = "aof_demo-hr-systeem-ambtenaar-online-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoIntegrations.class);

	private final HrFeedService feed;

	DemoIntegrations(HrFeedService feed) {
		this.feed = feed;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean active = SystemAuthentication.call(() -> {
			List<FeedClient> clients = feed.clients();
			if (clients.isEmpty()) {
				feed.createClientIfMissing(CLIENT, TOKEN);
				NewFeedClient old = feed.createClient("Salarisadministratie (vervangen)");
				feed.revokeClient(old.client().id());
				clients = feed.clients();
			}
			return clients.stream().anyMatch(client -> client.name().equals(CLIENT) && client.active());
		});
		FeedStatus status = SystemAuthentication.call(feed::status);
		if (!active) {
			log.info("Demo HR feed: {} events; the demo client was revoked", status.events());
			return;
		}
		log.info("""

				  Demo HR feed: {} events, client "{}" with token {}
				    curl -H 'Authorization: Bearer {}' 'http://localhost:8080/api/hr-feed/events?after=0&limit=50'
				""", status.events(), CLIENT, TOKEN, TOKEN);
	}

}
