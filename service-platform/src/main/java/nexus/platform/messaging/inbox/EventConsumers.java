package nexus.platform.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.EventDeserializationException;
import nexus.events.EventDescriptor;
import nexus.events.EventMetadata;
import nexus.events.EventRegistry;
import nexus.events.NexusEvent;
import nexus.platform.observability.CorrelationContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the Spring Cloud Stream consumers of a service. Each one
 * <ul>
 * <li>reads the CloudEvents headers and decodes the payload by type and version; a
 * message that cannot be read throws {@link EventDeserializationException}, which is not
 * retried and goes straight to the dead-letter topic;</li>
 * <li>skips, and counts, events of a type or version it does not know: a producer may
 * publish a new type, or a new version side by side with the old one, before this
 * consumer learns it;</li>
 * <li>applies the handler and records the event in the inbox in one transaction, so a
 * redelivered event changes nothing; a handler failure rolls both back and the binder
 * retries, then dead-letters;</li>
 * <li>binds the event's correlation id and actor to the logs and to any event the handler
 * publishes.</li>
 * </ul>
 */
public class EventConsumers {

	private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

	private static final List<String> IDEMPOTENT_OUTCOMES = List.of("applied", "duplicate", "failed", "unreadable");

	private static final List<String> REPEATABLE_OUTCOMES = List.of("applied", "failed", "unreadable");

	private final EventCodec codec;

	private final Inbox inbox;

	private final TransactionTemplate transactions;

	private final MeterRegistry meters;

	public EventConsumers(EventCodec codec, Inbox inbox, TransactionTemplate transactions, MeterRegistry meters) {
		this.codec = codec;
		this.inbox = inbox;
		this.transactions = transactions;
		this.meters = meters;
	}

	/**
	 * An idempotent consumer of one family of events.
	 * @param <E> the family, such as {@code OrderEvent}
	 * @param consumer the consumer's name in the inbox and in the metrics; stable and
	 * unique per handler
	 * @param family the sealed interface of the events it handles
	 * @param handler applies one event, inside the transaction
	 * @return the function to expose as a Spring Cloud Stream consumer bean
	 */
	public <E extends NexusEvent> Consumer<Message<byte[]>> idempotent(String consumer, Class<E> family,
			Consumer<ReceivedEvent<E>> handler) {
		registerAtZero(consumer, family, IDEMPOTENT_OUTCOMES);
		return consumer(consumer, family, (received) -> {
			try {
				boolean applied = Boolean.TRUE.equals(this.transactions.execute((status) -> {
					if (!this.inbox.firstDelivery(consumer, received.metadata())) {
						return false;
					}
					handler.accept(received);
					return true;
				}));
				return applied ? "applied" : "duplicate";
			}
			catch (RuntimeException ex) {
				count(consumer, received.metadata(), "failed");
				throw ex;
			}
		});
	}

	/**
	 * A consumer whose effect may safely happen more than once and touches no database,
	 * such as evicting a cache: no inbox and no transaction, otherwise like
	 * {@link #idempotent}. Its name is the same in every instance (it is a metric label),
	 * even when every instance reads every event.
	 * @param <E> the family, such as {@code CatalogEvent}
	 * @param consumer the consumer's name in the metrics; stable
	 * @param family the sealed interface of the events it handles
	 * @param handler applies one event
	 * @return the function to expose as a Spring Cloud Stream consumer bean
	 */
	public <E extends NexusEvent> Consumer<Message<byte[]>> repeatable(String consumer, Class<E> family,
			Consumer<ReceivedEvent<E>> handler) {
		registerAtZero(consumer, family, REPEATABLE_OUTCOMES);
		return consumer(consumer, family, (received) -> {
			try {
				handler.accept(received);
				return "applied";
			}
			catch (RuntimeException ex) {
				count(consumer, received.metadata(), "failed");
				throw ex;
			}
		});
	}

	private <E extends NexusEvent> Consumer<Message<byte[]>> consumer(String consumer, Class<E> family,
			Function<ReceivedEvent<E>, String> apply) {
		return (message) -> {
			EventMetadata metadata = CloudEventHeaders.fromHeaders((name) -> header(message.getHeaders(), name));
			try (CorrelationContext.Scope scope = CorrelationContext.open(metadata.correlationId(), metadata.actor())) {
				Optional<EventDescriptor> descriptor = EventRegistry.find(metadata.type(), metadata.version())
					.filter((known) -> family.isAssignableFrom(known.javaType()));
				if (descriptor.isEmpty()) {
					count(consumer, metadata, "ignored");
					log.debug("{} ignores {} v{} ({})", consumer, metadata.type(), metadata.version(), metadata.id());
					return;
				}
				E event;
				try {
					event = family.cast(this.codec.decode(descriptor.get().javaType(), message.getPayload()));
				}
				catch (EventDeserializationException ex) {
					count(consumer, metadata, "unreadable");
					throw ex;
				}
				count(consumer, metadata, apply.apply(new ReceivedEvent<>(metadata, event)));
			}
		};
	}

	// Every type the consumer handles, with every outcome it can count, at zero from the
	// start: dashboards and alerts see the series before the first event arrives.
	private void registerAtZero(String consumer, Class<? extends NexusEvent> family, List<String> outcomes) {
		EventRegistry.all()
			.stream()
			.filter((descriptor) -> family.isAssignableFrom(descriptor.javaType()))
			.forEach((descriptor) -> outcomes.forEach((outcome) -> counter(consumer, descriptor.type(), outcome)));
	}

	private void count(String consumer, EventMetadata metadata, String outcome) {
		counter(consumer, metadata.type(), outcome).increment();
	}

	private Counter counter(String consumer, String type, String outcome) {
		return this.meters.counter("nexus.events.consumed", "consumer", consumer, "type", type, "outcome", outcome);
	}

	/**
	 * A Kafka header as text, whichever way the binder mapped it.
	 * @param headers the message headers
	 * @param name the header name
	 * @return its text, or {@code null}
	 */
	public static @Nullable String header(MessageHeaders headers, String name) {
		Object value = headers.get(name);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

}
