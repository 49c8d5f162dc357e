package nexus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchOptionsTest {

	@Test
	void withoutArgumentsTheFullRunStartsItsOwnStack() {
		BenchOptions options = BenchOptions.parse();

		assertThat(options.closedClients()).containsExactly(4, 16, 64);
		assertThat(options.pacedRates()).containsExactly(40.0, 100.0, 200.0);
		assertThat(options.readClients()).containsExactly(16, 64);
		assertThat(options.scenarios()).containsExactlyInAnyOrder("closed", "paced", "reads");
		assertThat(options.running()).isNull();
		assertThat(options.results()).isNull();
	}

	@Test
	void quickKeepsEveryScenarioAndShortensThem() {
		BenchOptions quick = BenchOptions.parse("--quick");

		assertThat(quick.closedClients()).isEqualTo(BenchOptions.defaults().closedClients());
		assertThat(quick.closedDuration()).isLessThan(BenchOptions.defaults().closedDuration());
		assertThat(quick.pacedDuration()).isLessThan(BenchOptions.defaults().pacedDuration());
	}

	@Test
	void everyFigureCanBeChosen() {
		BenchOptions options = BenchOptions.parse("--closed-clients", "2,8", "--closed-duration=1.5s", "--paced-rates",
				"10,25.5", "--paced-duration", "2m", "--read-clients", "8,32", "--read-duration", "500ms", "--warmup",
				"0", "--idle", "3", "--customers", "7", "--products", "3", "--stock", "99", "--scenarios",
				"paced,reads", "--results", "/tmp/out", "--drain-timeout", "10s", "--settle-timeout", "5s");

		assertThat(options.closedClients()).containsExactly(2, 8);
		assertThat(options.closedDuration()).isEqualTo(Duration.ofMillis(1500));
		assertThat(options.pacedRates()).containsExactly(10.0, 25.5);
		assertThat(options.pacedDuration()).isEqualTo(Duration.ofMinutes(2));
		assertThat(options.readClients()).containsExactly(8, 32);
		assertThat(options.readDuration()).isEqualTo(Duration.ofMillis(500));
		assertThat(options.warmup()).isZero();
		assertThat(options.idle()).isEqualTo(Duration.ofSeconds(3));
		assertThat(options.customers()).isEqualTo(7);
		assertThat(options.products()).isEqualTo(3);
		assertThat(options.stock()).isEqualTo(99);
		assertThat(options.scenarios()).isEqualTo(Set.of("paced", "reads"));
		assertThat(options.results()).isEqualTo(Path.of("/tmp/out"));
		assertThat(options.drainTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(options.settleTimeout()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void aRunningStackIsDescribedByItsAddresses() {
		BenchOptions options = BenchOptions.parse("--running", "--gateway", "http://localhost:22080", "--catalog-jdbc",
				"none", "--simulator", "http://localhost:22090", "--kafka-port", "22092");

		BenchOptions.RunningStack stack = options.running();
		assertThat(stack.gateway()).isEqualTo("http://localhost:22080");
		assertThat(stack.catalogJdbc()).isNull();
		assertThat(stack.simulator()).isEqualTo("http://localhost:22090");
		assertThat(stack.kafkaPort()).isEqualTo(22092);
		assertThat(stack.orderService()).isEqualTo("http://localhost:8083");

		Target target = Target.of(stack);
		assertThat(target.catalogJdbc()).isNull();
		assertThat(target.ports()).containsEntry("gateway", 22080)
			.containsEntry("Kafka", 22092)
			.containsEntry("payment-simulator", 22090)
			.containsEntry("PostgreSQL", null);
	}

	@Test
	void aProcessElsewhereCannotBeMeasured() {
		Target target = Target.of(
				BenchOptions
					.parse("--running", "--gateway", "http://shop.example.com:8080", "--catalog-jdbc",
							"jdbc:postgresql://127.0.0.1:6543/nexus_catalog")
					.running());

		assertThat(target.ports()).containsEntry("gateway", null).containsEntry("PostgreSQL", 6543);
	}

	@Test
	void badOptionsAreRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--fast"))
			.withMessageContaining("unknown option --fast");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--gateway", "http://x"))
			.withMessageContaining("needs --running");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--closed-clients", "0"))
			.withMessageContaining("at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--paced-duration", "soon"))
			.withMessageContaining("not a duration");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--scenarios", "closed,chaos"))
			.withMessageContaining("unknown scenario");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--customers"))
			.withMessageContaining("needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("stray"))
			.withMessageContaining("unexpected argument");
	}

	@Test
	void durationsReadAsWritten() {
		assertThat(List.of(BenchOptions.duration("30s"), BenchOptions.duration("2m"), BenchOptions.duration("250ms"),
				BenchOptions.duration("4")))
			.containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMillis(250),
					Duration.ofSeconds(4));
	}

}
