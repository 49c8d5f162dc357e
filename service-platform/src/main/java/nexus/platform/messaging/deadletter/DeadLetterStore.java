package nexus.platform.messaging.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nexus.platform.messaging.HeadersJson;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SQL of the {@code messaging.dead_letter} table.
 */
public class DeadLetterStore {

	private static final String COLUMNS = """
			id, consumer_group, original_topic, original_partition, original_offset, message_key, event_id,
			event_type, error_class, error_message, status, received_at, replayed_at, headers::text AS headers
			""";

	private final JdbcClient jdbc;

	public DeadLetterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a dead letter once, however often its dead-letter record is read.
	 * @param record what was read from the dead-letter topic
	 * @return whether it was new
	 */
	boolean record(DeadLetterRecord record) {
		return this.jdbc.sql("""
				INSERT INTO messaging.dead_letter (id, consumer_group, dead_letter_topic, dlt_partition, dlt_offset,
				    original_topic, original_partition, original_offset, message_key, event_id, event_type, headers,
				    payload, error_class, error_message, status, received_at)
				VALUES (:id, :group, :dlt, :dltPartition, :dltOffset, :topic, :partition, :offset, :key, :eventId,
				    :eventType, CAST(:headers AS jsonb), :payload, :errorClass, :errorMessage, 'PENDING', now())
				ON CONFLICT (dead_letter_topic, dlt_partition, dlt_offset) DO NOTHING
				""")
			.param("id", UUID.randomUUID())
			.param("group", record.consumerGroup())
			.param("dlt", record.deadLetterTopic())
			.param("dltPartition", record.deadLetterPartition())
			.param("dltOffset", record.deadLetterOffset())
			.param("topic", record.originalTopic())
			.param("partition", record.originalPartition())
			.param("offset", record.originalOffset())
			.param("key", record.key())
			.param("eventId", record.headers().get(nexus.events.CloudEventHeaders.ID))
			.param("eventType", record.headers().get(nexus.events.CloudEventHeaders.TYPE))
			.param("headers", HeadersJson.write(record.headers()))
			.param("payload", record.payload())
			.param("errorClass", record.errorClass())
			.param("errorMessage", record.errorMessage())
			.update() == 1;
	}

	/**
	 * Dead letters, newest first.
	 * @param status only those in this status, or all when {@code null}
	 * @param limit how many at most
	 * @return the dead letters
	 */
	public List<DeadLetter> list(DeadLetter.@Nullable Status status, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				FROM messaging.dead_letter
				WHERE (CAST(:status AS varchar) IS NULL OR status = :status)
				ORDER BY received_at DESC
				LIMIT :limit
				""")
			.param("status", (status != null) ? status.name() : null)
			.param("limit", limit)
			.query(DeadLetterStore::map)
			.list();
	}

	/**
	 * One dead letter.
	 * @param id its id
	 * @return it, if it exists
	 */
	public Optional<DeadLetter> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM messaging.dead_letter WHERE id = :id")
			.param("id", id)
			.query(DeadLetterStore::map)
			.optional();
	}

	/**
	 * Locks a pending dead letter for replay, in the caller's transaction.
	 * @param id its id
	 * @return what to send back, unless it is unknown or already replayed
	 */
	Optional<Replayable> lockPending(UUID id) {
		return this.jdbc.sql("""
				SELECT original_topic, message_key, headers::text AS headers, payload
				FROM messaging.dead_letter WHERE id = :id AND status = 'PENDING' FOR UPDATE
				""")
			.param("id", id)
			.query((rs, row) -> new Replayable(rs.getString("original_topic"), rs.getString("message_key"),
					HeadersJson.read(rs.getString("headers")), rs.getBytes("payload")))
			.optional();
	}

	void markReplayed(UUID id) {
		this.jdbc.sql("UPDATE messaging.dead_letter SET status = 'REPLAYED', replayed_at = now() WHERE id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * Dead letters waiting for an operator.
	 * @return the count
	 */
	public long pending() {
		return this.jdbc.sql("SELECT count(*) FROM messaging.dead_letter WHERE status = 'PENDING'")
			.query(Long.class)
			.single();
	}

	private static DeadLetter map(ResultSet rs, int row) throws SQLException {
		Timestamp replayedAt = rs.getTimestamp("replayed_at");
		return new DeadLetter(rs.getObject("id", UUID.class), rs.getString("consumer_group"),
				rs.getString("original_topic"), rs.getObject("original_partition", Integer.class),
				rs.getObject("original_offset", Long.class), rs.getString("message_key"), rs.getString("event_id"),
				rs.getString("event_type"), rs.getString("error_class"), rs.getString("error_message"),
				DeadLetter.Status.valueOf(rs.getString("status")), rs.getTimestamp("received_at").toInstant(),
				(replayedAt != null) ? replayedAt.toInstant() : null, HeadersJson.read(rs.getString("headers")));
	}

	/**
	 * What a replay sends back.
	 *
	 * @param topic the original topic
	 * @param key the record key
	 * @param headers the original headers
	 * @param payload the original value
	 */
	record Replayable(String topic, @Nullable String key, Map<String, String> headers, byte @Nullable [] payload) {
	}

}
