package nexus.testsupport;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker per JVM, started on first use:
 * <ol>
 * <li>an existing broker, when {@code NEXUS_TEST_KAFKA_BOOTSTRAP_SERVERS} is set;</li>
 * <li>else a Testcontainers {@code apache/kafka} container (KRaft), when a Docker engine
 * runs;</li>
 * <li>else an in-JVM KRaft broker from spring-kafka-test.</li>
 * </ol>
 */
public final class TestKafka {

	private static final Logger log = LoggerFactory.getLogger(TestKafka.class);

	private static final String IMAGE = "apache/kafka:4.1.1";

	private static @Nullable String bootstrapServers;

	private TestKafka() {
	}

	/**
	 * The shared broker's bootstrap servers, starting it if needed.
	 * @return host:port list
	 */
	public static synchronized String bootstrapServers() {
		if (bootstrapServers == null) {
			bootstrapServers = start();
		}
		return bootstrapServers;
	}

	private static String start() {
		String external = System.getenv("NEXUS_TEST_KAFKA_BOOTSTRAP_SERVERS");
		if (external != null && !external.isBlank()) {
			log.info("Tests use the Kafka broker at {}", external);
			return external;
		}
		if (DockerDetection.dockerAvailable()) {
			KafkaContainer container = new KafkaContainer(IMAGE);
			container.start();
			log.info("Tests use a Kafka container at {}", container.getBootstrapServers());
			return container.getBootstrapServers();
		}
		EmbeddedKafkaKraftBroker broker = newEmbeddedBroker();
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
		log.info("Tests use an in-JVM Kafka broker at {}", broker.getBrokersAsString());
		return broker.getBrokersAsString();
	}

	/**
	 * A new in-JVM KRaft broker, not yet started, for a test that needs a broker of its
	 * own.
	 * @return the broker; call {@code afterPropertiesSet()} to start it and
	 * {@code destroy()} to stop it
	 */
	public static EmbeddedKafkaKraftBroker newEmbeddedBroker() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
		broker.brokerProperty("auto.create.topics.enable", "true");
		broker.brokerProperty("num.partitions", "3");
		broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
		return broker;
	}

	/**
	 * A started in-JVM broker that clients reach only through a {@link TcpProxy}, so that
	 * a test can make it unreachable and reachable again without losing its topics: the
	 * broker advertises the proxy's address.
	 * @param proxy the proxy clients will use
	 * @return the started broker; clients bootstrap from {@code localhost:proxy.port()}
	 */
	public static EmbeddedKafkaKraftBroker startBehind(TcpProxy proxy) {
		EmbeddedKafkaKraftBroker broker = newEmbeddedBroker();
		broker.brokerProperty("advertised.listeners", "EXTERNAL://localhost:" + proxy.port());
		broker.afterPropertiesSet();
		// getBrokersAsString() is the port the broker really listens on.
		String address = broker.getBrokersAsString();
		proxy.forwardTo("localhost", Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)));
		return broker;
	}

}
