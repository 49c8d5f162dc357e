package nexus.jwt.revocation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nexus.events.CloudEventHeaders;
import nexus.events.EventCodec;
import nexus.events.EventMetadata;
import nexus.events.EventRegistry;
import nexus.events.Topics;
import nexus.events.user.UserAccessRevoked;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * Feeds a {@link RevocationView} from {@code UserAccessRevoked} on the users topic. Every
 * instance reads every event (a consumer group of its own, which commits nothing); at
 * every start, and whenever its partitions are assigned, it goes back
 * {@link RevocationView#retention()} in the topic by timestamp, so the view is rebuilt
 * after a restart with every instant that can still matter. Other events on the topic are
 * skipped, and so is a message that cannot be read (logged): one bad message must not
 * stop revocations.
 */
public final class RevocationFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RevocationFeed.class);

	private static final String TYPE = EventRegistry.descriptorOf(UserAccessRevoked.class).type();

	private final RevocationView view;

	private final Clock clock;

	private final EventCodec codec = new EventCodec();

	private final KafkaMessageListenerContainer<String, byte[]> container;

	/**
	 * A feed, not started.
	 * @param view the view to fill
	 * @param bootstrapServers the Kafka brokers
	 * @param component who reads, for the consumer group's name
	 * @param clock the time
	 */
	public RevocationFeed(RevocationView view, String bootstrapServers, String component, Clock clock) {
		this.view = view;
		this.clock = clock;
		Map<String, Object> settings = new HashMap<>();
		settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		settings.put(ConsumerConfig.GROUP_ID_CONFIG, "nexus-revocations-" + component + "-" + UUID.randomUUID());
		settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		// Notice the topic soon when it is created after this instance starts.
		settings.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000);
		settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		ContainerProperties properties = new ContainerProperties(Topics.USERS);
		// Never acknowledged, so never committed: every start replays by timestamp.
		properties.setAckMode(ContainerProperties.AckMode.MANUAL);
		properties.setMessageListener(new Listener());
		this.container = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(settings), properties);
		this.container.setBeanName("revocation-feed");
	}

	@Override
	public void start() {
		this.container.start();
	}

	@Override
	public void stop() {
		this.container.stop();
	}

	@Override
	public boolean isRunning() {
		return this.container.isRunning();
	}

	private void accept(ConsumerRecord<String, byte[]> record) {
		@Nullable String type = header(record, CloudEventHeaders.TYPE);
		if (!TYPE.equals(type)) {
			return;
		}
		try {
			EventMetadata metadata = CloudEventHeaders.fromHeaders((name) -> header(record, name));
			UserAccessRevoked revoked = (UserAccessRevoked) this.codec.decode(metadata.type(), metadata.version(),
					record.value());
			this.view.revoke(revoked.userId(), revoked.notBefore());
			log.debug("Tokens of user {} issued before {} are revoked ({})", revoked.userId(), revoked.notBefore(),
					revoked.reason());
		}
		catch (RuntimeException ex) {
			log.warn("Skipping an unreadable {} at {}-{}@{}: {}", type, record.topic(), record.partition(),
					record.offset(), ex.toString());
		}
	}

	private static @Nullable String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private final class Listener implements MessageListener<String, byte[]>, ConsumerSeekAware {

		@Override
		public void onMessage(ConsumerRecord<String, byte[]> record) {
			accept(record);
		}

		@Override
		public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
			Collection<TopicPartition> partitions = assignments.keySet();
			long since = RevocationFeed.this.clock.instant().minus(RevocationFeed.this.view.retention()).toEpochMilli();
			callback.seekToTimestamp(partitions, since);
			log.info("Revocation view: replaying {} partition(s) of {} from {} ms", partitions.size(), Topics.USERS,
					since);
		}

	}

}
