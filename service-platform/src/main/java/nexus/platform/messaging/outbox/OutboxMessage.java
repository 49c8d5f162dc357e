package nexus.platform.messaging.outbox;

import java.util.Map;
import java.util.UUID;

/**
 * One message waiting in the outbox: where it goes and exactly what is sent.
 *
 * @param eventId the CloudEvents id
 * @param topic the destination topic
 * @param key the record key (the aggregate id)
 * @param eventType the CloudEvents type, for operators
 * @param headers every Kafka header to send, as text
 * @param payload the record value
 */
public record OutboxMessage(UUID eventId, String topic, String key, String eventType, Map<String, String> headers,
		byte[] payload) {
}
