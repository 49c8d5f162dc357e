package nexus.platform.messaging.inbox;

import java.time.Duration;

import nexus.events.EventMetadata;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The idempotent inbox: remembers which events each consumer has applied, in the same
 * transaction as the effect, so that a redelivered event changes nothing.
 */
public class Inbox {

	private final JdbcClient jdbc;

	public Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that a consumer is applying an event, in the caller's transaction.
	 * @param consumer the consumer's name
	 * @param event the event's attributes
	 * @return {@code true} the first time; {@code false} if the consumer already applied
	 * it (or is applying it in a concurrent transaction that then commits)
	 */
	public boolean firstDelivery(String consumer, EventMetadata event) {
		return this.jdbc.sql("""
				INSERT INTO messaging.inbox (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
				ON CONFLICT DO NOTHING
				""").param("consumer", consumer).param("id", event.id()).param("type", event.type()).update() == 1;
	}

	/**
	 * Forgets events applied longer ago than the retention.
	 * @param retention how long ids are remembered
	 * @return how many were forgotten
	 */
	public int prune(Duration retention) {
		return this.jdbc.sql("DELETE FROM messaging.inbox WHERE processed_at < now() - make_interval(secs => :secs)")
			.param("secs", retention.toSeconds())
			.update();
	}

}
