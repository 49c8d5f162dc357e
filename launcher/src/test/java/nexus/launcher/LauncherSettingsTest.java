package nexus.launcher;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherSettingsTest {

	private final Path repository = Path.of("/repo");

	@Test
	void defaultsSuitADeveloperMachine() {
		LauncherSettings settings = LauncherSettings.fromEnvironment(this.repository, Map.of(), false);

		assertThat(settings.dataDirectory()).isEqualTo(Path.of("/repo/.nexus"));
		assertThat(settings.ports().gateway()).isEqualTo(8080);
		assertThat(settings.ports().postgres()).isEqualTo(55432);
		assertThat(settings.kafkaBootstrapServers()).isEqualTo("localhost:9092");
		assertThat(settings.externalPostgres()).isNull();
		assertThat(settings.seed()).isTrue();
		assertThat(settings.startupCache()).isTrue();
		assertThat(settings.restart()).isTrue();
		assertThat(settings.cleanCaches()).isFalse();
	}

	@Test
	void servicesListenOnLoopbackAndTheGatewayOnEveryInterfaceUnlessToldOtherwise() {
		LauncherSettings defaults = LauncherSettings.fromEnvironment(this.repository, Map.of(), false);
		LauncherSettings changed = LauncherSettings.fromEnvironment(this.repository, Map.of("NEXUS_BIND_ADDRESS",
				"0.0.0.0", "NEXUS_GATEWAY_BIND_ADDRESS", "127.0.0.1", "NEXUS_RESTART", "false"), false);

		assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
		assertThat(defaults.serviceHost()).isEqualTo("127.0.0.1");
		assertThat(defaults.gatewayBindAddress()).isNull();
		assertThat(changed.bindAddress()).isEqualTo("0.0.0.0");
		assertThat(changed.serviceHost()).isEqualTo("127.0.0.1");
		assertThat(changed.gatewayBindAddress()).isEqualTo("127.0.0.1");
		assertThat(changed.restart()).isFalse();
	}

	@Test
	void theEnvironmentChangesPortsDataAndServers() {
		LauncherSettings settings = LauncherSettings.fromEnvironment(this.repository,
				Map.of("NEXUS_GATEWAY_PORT", "18080", "NEXUS_DATA_DIR", "/data", "NEXUS_POSTGRES_URL",
						"jdbc:postgresql://db:5432/postgres", "NEXUS_POSTGRES_USER", "admin",
						"NEXUS_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", "NEXUS_SEED", "false"),
				true);

		assertThat(settings.ports().gateway()).isEqualTo(18080);
		assertThat(settings.dataDirectory()).isEqualTo(Path.of("/data"));
		assertThat(settings.externalPostgres().adminUrl()).isEqualTo("jdbc:postgresql://db:5432/postgres");
		assertThat(settings.externalPostgres().user()).isEqualTo("admin");
		assertThat(settings.kafkaBootstrapServers()).isEqualTo("kafka:9092");
		assertThat(settings.seed()).isFalse();
		assertThat(settings.fresh()).isTrue();
	}

	@Test
	void anIsolatedStackUsesItsOwnPortsAndNoCaches() {
		LauncherSettings settings = LauncherSettings.isolated(this.repository, Path.of("/tmp/x"));
		LauncherSettings.Ports ports = settings.ports();
		Set<Integer> distinct = new HashSet<>(
				List.of(ports.gateway(), ports.userService(), ports.catalogService(), ports.orderService(),
						ports.paymentSimulator(), ports.kafka(), ports.kafkaController(), ports.postgres()));

		assertThat(distinct).hasSize(8);
		assertThat(settings.startupCache()).isFalse();
		assertThat(settings.seed()).isFalse();
	}

}
