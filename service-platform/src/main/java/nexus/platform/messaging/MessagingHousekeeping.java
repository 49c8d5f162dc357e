package nexus.platform.messaging;

import nexus.platform.messaging.inbox.Inbox;
import nexus.platform.messaging.outbox.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Prunes published outbox rows and old inbox entries, so the messaging tables stay small
 * however long a service runs.
 */
public class MessagingHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(MessagingHousekeeping.class);

	private final OutboxStore outbox;

	private final Inbox inbox;

	private final MessagingProperties properties;

	public MessagingHousekeeping(OutboxStore outbox, Inbox inbox, MessagingProperties properties) {
		this.outbox = outbox;
		this.inbox = inbox;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	public void prune() {
		int published = this.outbox.prunePublished(this.properties.outbox().retention());
		int processed = this.inbox.prune(this.properties.inbox().retention());
		if (published + processed > 0) {
			log.info("Pruned {} published outbox rows and {} inbox entries", published, processed);
		}
	}

}
