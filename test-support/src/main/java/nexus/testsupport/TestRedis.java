package nexus.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import redis.embedded.RedisServer;

/**
 * One real Redis server per JVM, for tests of what is Redis-backed when Redis is
 * configured, started on first use:
 * <ol>
 * <li>an existing server, when {@code NEXUS_TEST_REDIS_URL} ({@code redis://host:port})
 * is set;</li>
 * <li>else a Testcontainers {@code redis} container, when a Docker engine runs;</li>
 * <li>else an embedded {@code redis-server} binary from Maven Central.</li>
 * </ol>
 */
public final class TestRedis {

	private static final Logger log = LoggerFactory.getLogger(TestRedis.class);

	private static @Nullable String url;

	private TestRedis() {
	}

	/**
	 * The server's URL, starting it if needed.
	 * @return {@code redis://host:port}
	 */
	public static synchronized String url() {
		if (url == null) {
			url = start();
		}
		return url;
	}

	private static String start() {
		String external = System.getenv("NEXUS_TEST_REDIS_URL");
		if (external != null && !external.isBlank()) {
			log.info("Tests use the Redis server at {}", external);
			return external;
		}
		if (DockerDetection.dockerAvailable()) {
			GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
			container.start();
			String address = "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
			log.info("Tests use a Redis container at {}", address);
			return address;
		}
		try {
			int port = freePort();
			RedisServer server = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.stop();
				}
				catch (IOException ex) {
					// The JVM is going away anyway.
				}
			}, "embedded-redis-shutdown"));
			log.info("Tests use an embedded Redis at 127.0.0.1:{}", port);
			return "redis://127.0.0.1:" + port;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start embedded Redis", ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
