package nexus.platform.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import nexus.platform.messaging.inbox.Inbox;
import nexus.platform.messaging.outbox.OutboxStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Prunes published outbox rows and old inbox entries, so the messaging tables stay small
 * however long a service runs. It runs on a thread of its own (five minutes after start,
 * then hourly), so it needs no {@code @EnableScheduling} from the service.
 */
public class MessagingHousekeeping implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MessagingHousekeeping.class);

	private static final Duration FIRST_RUN = Duration.ofMinutes(5);

	private static final Duration INTERVAL = Duration.ofHours(1);

	private final OutboxStore outbox;

	private final Inbox inbox;

	private final MessagingProperties properties;

	private @Nullable ScheduledExecutorService scheduler;

	public MessagingHousekeeping(OutboxStore outbox, Inbox inbox, MessagingProperties properties) {
		this.outbox = outbox;
		this.inbox = inbox;
		this.properties = properties;
	}

	/**
	 * Prunes once, now.
	 */
	public void prune() {
		try {
			int published = this.outbox.prunePublished(this.properties.outbox().retention());
			int processed = this.inbox.prune(this.properties.inbox().retention());
			if (published + processed > 0) {
				log.info("Pruned {} published outbox rows and {} inbox entries", published, processed);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Pruning the messaging tables failed; the next run tries again", ex);
		}
	}

	@Override
	public synchronized void start() {
		if (this.scheduler == null) {
			this.scheduler = Executors.newSingleThreadScheduledExecutor(
					Thread.ofPlatform().name("messaging-housekeeping").daemon(true).factory());
			this.scheduler.scheduleWithFixedDelay(this::prune, FIRST_RUN.toSeconds(), INTERVAL.toSeconds(),
					TimeUnit.SECONDS);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

}
