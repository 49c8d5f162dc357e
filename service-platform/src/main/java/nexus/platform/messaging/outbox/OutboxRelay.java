package nexus.platform.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.platform.messaging.MessagingProperties;
import nexus.platform.messaging.outbox.OutboxStore.PendingMessage;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka, in write order, in batches, and marks them
 * sent in the same transaction that locked them. If the broker cannot be reached the
 * transaction rolls back, nothing is marked, and the relay retries with a growing pause
 * until it can: the backlog drains when the broker returns.
 * <p>
 * Several instances may run at once: a database advisory lock lets one publish at a time
 * (so the events of one key keep their order), and rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}. A crash between sending and marking causes a second
 * delivery of the same events, which idempotent consumers ignore (at least once).
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxStore store;

	private final TransactionTemplate transactions;

	private final KafkaTemplate<String, byte[]> kafka;

	private final MessagingProperties.Outbox settings;

	private final Counter failures;

	private final MeterRegistry meters;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private volatile @Nullable Thread worker;

	public OutboxRelay(OutboxStore store, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
			MessagingProperties.Outbox settings, MeterRegistry meters) {
		this.store = store;
		this.transactions = transactions;
		this.kafka = kafka;
		this.settings = settings;
		this.meters = meters;
		this.failures = Counter.builder("nexus.outbox.publish.failures")
			.description("Outbox batches that could not be published and will be retried")
			.register(meters);
	}

	/**
	 * Asks the relay to look for new rows now, rather than at its next poll.
	 */
	public void wakeUp() {
		if (this.wakeUp.availablePermits() == 0) {
			this.wakeUp.release();
		}
	}

	/**
	 * Publishes one batch, if this instance gets the relay lock.
	 * @return how many messages were published
	 * @throws RuntimeException when the broker did not acknowledge the batch; nothing was
	 * marked published
	 */
	public int relayBatch() {
		Integer published = this.transactions.execute((status) -> {
			if (!this.store.tryLockRelay()) {
				return 0;
			}
			List<PendingMessage> batch = this.store.lockPending(this.settings.batchSize());
			if (batch.isEmpty()) {
				return 0;
			}
			send(batch);
			this.store.markPublished(batch.stream().map(PendingMessage::seq).toList());
			return batch.size();
		});
		return (published != null) ? published : 0;
	}

	private void send(List<PendingMessage> batch) {
		List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
		for (PendingMessage pending : batch) {
			acks.add(this.kafka.send(toRecord(pending.message())));
		}
		this.kafka.flush();
		try {
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
				.get(this.settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing the outbox", ex);
		}
		catch (Exception ex) {
			throw new OutboxPublishException("Broker did not acknowledge an outbox batch of " + batch.size(), ex);
		}
		for (PendingMessage pending : batch) {
			this.meters.counter("nexus.outbox.published", "topic", pending.message().topic()).increment();
		}
	}

	/**
	 * The producer a relay publishes with: idempotent, {@code acks=all}, failing a batch
	 * within the send timeout rather than blocking while the broker is away.
	 * @param kafka the service's Kafka settings
	 * @param settings the outbox settings
	 * @return the producer factory
	 */
	public static DefaultKafkaProducerFactory<String, byte[]> producerFactory(KafkaProperties kafka,
			MessagingProperties.Outbox settings) {
		Map<String, Object> config = kafka.buildProducerProperties();
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		int timeout = (int) settings.sendTimeout().toMillis();
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2));
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		return new DefaultKafkaProducerFactory<>(config);
	}

	private static ProducerRecord<String, byte[]> toRecord(OutboxMessage message) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
		message.headers()
			.forEach((name, value) -> record.headers()
				.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
		return record;
	}

	private void loop() {
		Duration backoff = this.settings.pollInterval();
		while (this.running) {
			try {
				int published = relayBatch();
				backoff = this.settings.pollInterval();
				if (published < this.settings.batchSize()) {
					awaitWakeUp(this.settings.pollInterval());
				}
			}
			catch (RuntimeException ex) {
				this.failures.increment();
				// A fresh producer after a failure: the old one may hold state (metadata,
				// producer id) of a broker that is gone.
				this.kafka.getProducerFactory().reset();
				backoff = min(backoff.multipliedBy(2), this.settings.maxBackoff());
				log.warn("Outbox relay could not publish, retrying in {} ms: {}", backoff.toMillis(), rootMessage(ex));
				awaitWakeUp(backoff);
			}
		}
	}

	private void awaitWakeUp(Duration timeout) {
		try {
			if (this.wakeUp.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				this.wakeUp.drainPermits();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(this.settings.sendTimeout().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Start after the database and stop before it.
		return SmartLifecycle.DEFAULT_PHASE - 1000;
	}

	/** The broker did not acknowledge a batch. */
	static class OutboxPublishException extends RuntimeException {

		OutboxPublishException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
