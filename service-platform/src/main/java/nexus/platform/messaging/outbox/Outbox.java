package nexus.platform.messaging.outbox;

import java.time.Clock;
import java.util.Map;

import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.EventDescriptor;
import nexus.events.EventMetadata;
import nexus.events.EventRegistry;
import nexus.events.NexusEvent;
import nexus.platform.observability.CorrelationContext;
import nexus.platform.observability.TraceContextCapture;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records events in the transaction that makes the change they describe. Nothing is sent
 * to Kafka here: the {@link OutboxRelay} publishes committed rows, so an event is
 * published if and only if its transaction commits.
 */
public class Outbox {

	private static final Object WAKE_UP_REGISTERED = new Object();

	private final OutboxStore store;

	private final EventCodec codec;

	private final String source;

	private final Clock clock;

	private final @Nullable TraceContextCapture traceContext;

	private final Runnable afterCommit;

	public Outbox(OutboxStore store, EventCodec codec, String source, Clock clock,
			@Nullable TraceContextCapture traceContext, Runnable afterCommit) {
		this.store = store;
		this.codec = codec;
		this.source = source;
		this.clock = clock;
		this.traceContext = traceContext;
		this.afterCommit = afterCommit;
	}

	/**
	 * Records an event for publication once the current transaction commits. The
	 * correlation id, acting user and trace context of the current work travel with it;
	 * work done by no user is marked {@code system:<service>}, and work outside any trace
	 * starts one.
	 * @param event the event
	 * @return the attributes it will be published with
	 * @throws IllegalTransactionStateException when no transaction is active
	 */
	public EventMetadata publish(NexusEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalTransactionStateException(
					"Outbox.publish needs the transaction that makes the change the event describes");
		}
		EventDescriptor descriptor = EventRegistry.descriptorOf(event);
		String actor = CorrelationContext.actor();
		EventMetadata metadata = EventMetadata.forNewEvent(event, this.source, this.clock.instant(),
				CorrelationContext.correlationId(), (actor != null) ? actor : "system:" + this.source);
		Map<String, String> headers = CloudEventHeaders.toHeaders(metadata);
		if (this.traceContext != null) {
			this.traceContext.injectInto(headers);
			if (!headers.containsKey("traceparent")) {
				// Work that no request or stored trace led to (a sweeper, say) starts a
				// trace of its own, so that every event has one.
				try (TraceContextCapture.Continuation span = this.traceContext.continueFrom(null,
						"publish " + metadata.type())) {
					this.traceContext.injectInto(headers);
				}
			}
		}
		this.store.append(new OutboxMessage(metadata.id(), descriptor.topic(), metadata.subject(), metadata.type(),
				headers, this.codec.encode(event)));
		wakeRelayAfterCommit();
		return metadata;
	}

	private void wakeRelayAfterCommit() {
		if (TransactionSynchronizationManager.hasResource(WAKE_UP_REGISTERED)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(WAKE_UP_REGISTERED, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(WAKE_UP_REGISTERED);
				if (status == STATUS_COMMITTED) {
					Outbox.this.afterCommit.run();
				}
			}
		});
	}

}
