package nexus.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import nexus.events.EventCodec;
import nexus.events.Topics;
import nexus.platform.messaging.deadletter.DeadLetterEndpoint;
import nexus.platform.messaging.deadletter.DeadLetterMetrics;
import nexus.platform.messaging.deadletter.DeadLetterRecorder;
import nexus.platform.messaging.deadletter.DeadLetterReplayer;
import nexus.platform.messaging.deadletter.DeadLetterStore;
import nexus.platform.messaging.deadletter.DeadLetterTopics;
import nexus.platform.messaging.inbox.EventConsumers;
import nexus.platform.messaging.inbox.Inbox;
import nexus.platform.messaging.outbox.DomainEventOutbox;
import nexus.platform.messaging.outbox.EventTranslator;
import nexus.platform.messaging.outbox.Outbox;
import nexus.platform.messaging.outbox.OutboxMetrics;
import nexus.platform.messaging.outbox.OutboxRelay;
import nexus.platform.messaging.outbox.OutboxStore;
import nexus.platform.observability.TraceContextCapture;
import nexus.platform.time.ClockAutoConfiguration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reliable messaging for a service: the outbox and its relay, the idempotent inbox and
 * event consumers, dead-letter recording and replay, and the topics they use.
 */
@AutoConfiguration(after = ClockAutoConfiguration.class,
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
				"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	private static final String SCHEMA_BEAN = "messagingSchema";

	@Bean
	@ConditionalOnMissingBean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean(SCHEMA_BEAN)
	MessagingSchema messagingSchema(DataSource dataSource) {
		return new MessagingSchema(dataSource);
	}

	@Bean
	@DependsOn(SCHEMA_BEAN)
	OutboxStore outboxStore(JdbcClient jdbc) {
		return new OutboxStore(jdbc);
	}

	@Bean
	@DependsOn(SCHEMA_BEAN)
	Inbox inbox(JdbcClient jdbc) {
		return new Inbox(jdbc);
	}

	@Bean
	@DependsOn(SCHEMA_BEAN)
	DeadLetterStore deadLetterStore(JdbcClient jdbc) {
		return new DeadLetterStore(jdbc);
	}

	@Bean
	TraceContextCapture traceContextCapture(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new TraceContextCapture(tracer.getIfAvailable(() -> Tracer.NOOP),
				propagator.getIfAvailable(() -> Propagator.NOOP));
	}

	@Bean
	@ConditionalOnProperty(name = "nexus.messaging.outbox.relay-enabled", matchIfMissing = true)
	OutboxRelay outboxRelay(OutboxStore store, TransactionTemplate transactions, KafkaProperties kafka,
			MessagingProperties properties, MeterRegistry meters) {
		return new OutboxRelay(store, transactions,
				new KafkaTemplate<>(OutboxRelay.producerFactory(kafka, properties.outbox())), properties.outbox(),
				meters);
	}

	@Bean
	Outbox outbox(OutboxStore store, EventCodec codec, Clock clock, TraceContextCapture traceContext,
			ObjectProvider<OutboxRelay> relay, @Value("${spring.application.name}") String source) {
		return new Outbox(store, codec, source, clock, traceContext, () -> relay.ifAvailable(OutboxRelay::wakeUp));
	}

	@Bean
	DomainEventOutbox domainEventOutbox(Outbox outbox, ObjectProvider<EventTranslator> translators) {
		return new DomainEventOutbox(outbox, translators.orderedStream().toList());
	}

	@Bean
	EventConsumers eventConsumers(EventCodec codec, Inbox inbox, TransactionTemplate transactions,
			MeterRegistry meters) {
		return new EventConsumers(codec, inbox, transactions, meters);
	}

	@Bean
	OutboxMetrics outboxMetrics(OutboxStore store) {
		return new OutboxMetrics(store);
	}

	@Bean
	DeadLetterMetrics deadLetterMetrics(DeadLetterStore store) {
		return new DeadLetterMetrics(store);
	}

	@Bean
	MessagingHousekeeping messagingHousekeeping(OutboxStore outbox, Inbox inbox, MessagingProperties properties) {
		return new MessagingHousekeeping(outbox, inbox, properties);
	}

	@Bean
	DeadLetterReplayer deadLetterReplayer(DeadLetterStore deadLetters, OutboxStore outbox,
			TransactionTemplate transactions, ObjectProvider<OutboxRelay> relay) {
		return new DeadLetterReplayer(deadLetters, outbox, transactions, () -> relay.ifAvailable(OutboxRelay::wakeUp));
	}

	@Bean
	@ConditionalOnMissingBean
	DeadLetterEndpoint deadLetterEndpoint(DeadLetterStore store, DeadLetterReplayer replayer) {
		return new DeadLetterEndpoint(store, replayer);
	}

	@Bean
	List<DeadLetterTopics.Source> deadLetterSources(BindingServiceProperties bindings, Environment environment) {
		return DeadLetterTopics.of(bindings, environment);
	}

	/**
	 * Creates the event topics and this service's dead-letter topics, with enough
	 * partitions for consumers to scale out, if they do not exist yet.
	 */
	@Bean
	KafkaAdmin.NewTopics nexusTopics(List<DeadLetterTopics.Source> deadLetterSources,
			@Value("${nexus.messaging.replication-factor:${KAFKA_REPLICATION_FACTOR:1}}") short replicationFactor) {
		List<NewTopic> topics = new ArrayList<>();
		Topics.ALL.forEach((topic) -> topics.add(new NewTopic(topic, Topics.PARTITIONS, replicationFactor)));
		deadLetterSources.stream()
			.map(DeadLetterTopics.Source::deadLetterTopic)
			.distinct()
			.forEach((topic) -> topics.add(new NewTopic(topic, Topics.PARTITIONS, replicationFactor)));
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	@Bean
	@ConditionalOnProperty(name = "nexus.messaging.dead-letters.recorder-enabled", matchIfMissing = true)
	ConcurrentMessageListenerContainer<byte[], byte[]> deadLetterRecorderContainer(
			List<DeadLetterTopics.Source> deadLetterSources, DeadLetterStore store, MeterRegistry meters,
			KafkaProperties kafka, @Value("${spring.application.name}") String application) {
		Map<String, Object> config = kafka.buildConsumerProperties();
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.GROUP_ID_CONFIG, application + ".dead-letters");
		String[] topics = deadLetterSources.stream()
			.map(DeadLetterTopics.Source::deadLetterTopic)
			.distinct()
			.toArray(String[]::new);
		ContainerProperties containerProperties = (topics.length > 0) ? new ContainerProperties(topics)
				: new ContainerProperties("nexus.dead-letters.none");
		containerProperties.setMessageListener(new DeadLetterRecorder(store, meters, deadLetterSources));
		// Same meters as the binder's listeners (observations), not a second, clashing
		// timer.
		containerProperties.setObservationEnabled(true);
		ConcurrentMessageListenerContainer<byte[], byte[]> container = new ConcurrentMessageListenerContainer<>(
				new DefaultKafkaConsumerFactory<>(config), containerProperties);
		container.setAutoStartup(topics.length > 0);
		container.setBeanName("deadLetterRecorder");
		return container;
	}

}
