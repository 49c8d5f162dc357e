package nexus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nexus.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker (KRaft, broker and controller in one process) run from the Kafka
 * jars on the launcher's own class path, its log kept in the data directory. The first
 * start formats its storage; later starts reuse it.
 */
final class LocalKafka {

	private LocalKafka() {
	}

	static ChildProcess start(LauncherSettings settings, String instance, Console console) {
		return start(settings, instance, console, false);
	}

	/**
	 * Starts the broker.
	 * @param settings where and how
	 * @param instance the stack's instance, to find leftovers by
	 * @param console where waits are announced
	 * @param again started again after it exited: its log keeps how it ended
	 * @return the running broker
	 */
	static ChildProcess start(LauncherSettings settings, String instance, Console console, boolean again) {
		Path home = settings.dataDirectory().resolve("kafka");
		Path data = home.resolve("data");
		LauncherSettings.Ports ports = settings.ports();
		PortChecks.requireFree(ports.kafka(), "Kafka", null, PortChecks.TIME_WAIT, console::waiting);
		PortChecks.requireFree(ports.kafkaController(), "Kafka controller", null, PortChecks.TIME_WAIT,
				console::waiting);
		Path config = home.resolve("server.properties");
		Path logging = home.resolve("log4j2.xml");
		try {
			Files.createDirectories(data);
			Files.writeString(config, serverProperties(ports, data));
			Files.writeString(logging, LOG4J2);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String classPath = absoluteClassPath();
		if (!Files.exists(data.resolve("meta.properties"))) {
			ChildProcess format = new ChildProcess("kafka storage format",
					List.of(JavaCommand.java(), "-Dlog4j2.configurationFile=" + logging.toUri(), "-cp", classPath,
							"kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
							config.toString()),
					Map.of(), home, settings.logs().resolve("kafka-format.log"));
			format.start();
			format.awaitExit(Duration.ofMinutes(2));
		}
		List<String> command = new ArrayList<>(List.of(JavaCommand.java(), "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
				"-Dlog4j2.configurationFile=" + logging.toUri(), "-D" + JavaCommand.INSTANCE_PROPERTY + "=" + instance,
				"-cp", classPath, "kafka.Kafka", config.toString()));
		ChildProcess kafka = new ChildProcess("kafka", command, JavaCommand.NATIVE_MEMORY, home,
				settings.logs().resolve("kafka.log"));
		if (again) {
			kafka.appendingToLog();
		}
		kafka.start();
		kafka.awaitReady(() -> PortChecks.accepting(ports.kafka()) && clusterAnswers(settings.kafkaBootstrapServers()),
				settings.startTimeout());
		return kafka;
	}

	/**
	 * Creates the event topics with their partitions, if missing.
	 * @param bootstrapServers the broker
	 */
	static void createTopics(String bootstrapServers) {
		try (Admin admin = admin(bootstrapServers)) {
			Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			List<NewTopic> missing = Topics.ALL.stream()
				.filter((topic) -> !existing.contains(topic))
				.map((topic) -> new NewTopic(topic, Topics.PARTITIONS, (short) 1))
				.toList();
			if (!missing.isEmpty()) {
				admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LauncherException("interrupted while creating topics", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new LauncherException("cannot create the topics on " + bootstrapServers + ": " + ex.getMessage(), ex);
		}
	}

	// The broker runs in its own directory: every class path entry must be absolute.
	private static String absoluteClassPath() {
		return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
			.map((entry) -> Path.of(entry).toAbsolutePath().toString())
			.collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
	}

	private static boolean clusterAnswers(String bootstrapServers) {
		try (Admin admin = admin(bootstrapServers)) {
			return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			return false;
		}
	}

	private static Admin admin(String bootstrapServers) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				10000));
	}

	private static String serverProperties(LauncherSettings.Ports ports, Path data) {
		return """
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@localhost:%d
				listeners=PLAINTEXT://localhost:%d,CONTROLLER://localhost:%d
				advertised.listeners=PLAINTEXT://localhost:%d
				controller.listener.names=CONTROLLER
				inter.broker.listener.name=PLAINTEXT
				listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
				log.dirs=%s
				num.partitions=3
				offsets.topic.replication.factor=1
				offsets.topic.num.partitions=10
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				share.coordinator.state.topic.replication.factor=1
				share.coordinator.state.topic.min.isr=1
				group.initial.rebalance.delay.ms=0
				auto.create.topics.enable=true
				log.retention.hours=168
				num.network.threads=2
				num.io.threads=2
				background.threads=2
				""".formatted(ports.kafkaController(), ports.kafka(), ports.kafkaController(), ports.kafka(), data);
	}

	private static final String LOG4J2 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<Configuration status="WARN">
			  <Appenders>
			    <Console name="out" target="SYSTEM_OUT">
			      <PatternLayout pattern="%d{ISO8601} %-5p [%c{1}] %m%n"/>
			    </Console>
			  </Appenders>
			  <Loggers>
			    <Logger name="kafka.server.KafkaRaftServer" level="INFO"/>
			    <Logger name="kafka.server.BrokerServer" level="INFO"/>
			    <Root level="WARN">
			      <AppenderRef ref="out"/>
			    </Root>
			  </Loggers>
			</Configuration>
			""";

}
