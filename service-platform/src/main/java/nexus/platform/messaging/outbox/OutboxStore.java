package nexus.platform.messaging.outbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nexus.platform.messaging.HeadersJson;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SQL of the {@code messaging.outbox} table.
 */
public class OutboxStore {

	// Any constant will do: advisory locks live in a per-database key space.
	private static final long RELAY_LOCK = 0x6e6578757301L;

	private final JdbcClient jdbc;

	public OutboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends a message in the caller's transaction.
	 * @param message the message
	 */
	public void append(OutboxMessage message) {
		this.jdbc.sql("""
				INSERT INTO messaging.outbox (event_id, topic, message_key, event_type, headers, payload)
				VALUES (:eventId, :topic, :key, :type, CAST(:headers AS jsonb), :payload)
				""")
			.param("eventId", message.eventId())
			.param("topic", message.topic())
			.param("key", message.key())
			.param("type", message.eventType())
			.param("headers", HeadersJson.write(message.headers()))
			.param("payload", message.payload())
			.update();
	}

	/**
	 * Takes the relay lock for the current transaction. Only one relay publishes at a
	 * time, so that events of one key are sent in the order they were written even with
	 * several instances running; the others wait for the next round.
	 * @return whether this transaction holds the lock
	 */
	boolean tryLockRelay() {
		return Boolean.TRUE.equals(this.jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
			.param("key", RELAY_LOCK)
			.query(Boolean.class)
			.single());
	}

	/**
	 * The oldest pending messages, locked until the transaction ends.
	 * @param limit how many at most
	 * @return the messages in write order
	 */
	List<PendingMessage> lockPending(int limit) {
		return this.jdbc.sql("""
				SELECT seq, event_id, topic, message_key, event_type, headers::text AS headers, payload
				FROM messaging.outbox
				WHERE published_at IS NULL
				ORDER BY seq
				LIMIT :limit
				FOR UPDATE SKIP LOCKED
				""")
			.param("limit", limit)
			.query((rs, row) -> new PendingMessage(rs.getLong("seq"),
					new OutboxMessage(rs.getObject("event_id", UUID.class), rs.getString("topic"),
							rs.getString("message_key"), rs.getString("event_type"),
							HeadersJson.read(rs.getString("headers")), rs.getBytes("payload"))))
			.list();
	}

	void markPublished(List<Long> seqs) {
		this.jdbc.sql("UPDATE messaging.outbox SET published_at = now() WHERE seq = ANY(:seqs)")
			.param("seqs", seqs.toArray(Long[]::new))
			.update();
	}

	/**
	 * Messages written but not yet published.
	 * @return the count
	 */
	public long backlog() {
		return this.jdbc.sql("SELECT count(*) FROM messaging.outbox WHERE published_at IS NULL")
			.query(Long.class)
			.single();
	}

	/**
	 * Age of the oldest message not yet published, by the database clock.
	 * @return its age in seconds, zero when nothing is pending
	 */
	public double oldestPendingAgeSeconds() {
		return this.jdbc.sql("""
				SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)
				FROM messaging.outbox WHERE published_at IS NULL
				""").query(Double.class).single();
	}

	/**
	 * Deletes published messages older than the retention.
	 * @param retention how long published rows are kept
	 * @return how many were deleted
	 */
	public int prunePublished(Duration retention) {
		return this.jdbc.sql("DELETE FROM messaging.outbox WHERE published_at < now() - make_interval(secs => :secs)")
			.param("secs", retention.toSeconds())
			.update();
	}

	record PendingMessage(long seq, OutboxMessage message) {
	}

}
