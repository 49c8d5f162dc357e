package nexus.system;

import java.time.Duration;

import nexus.bench.check.Invariants;
import nexus.chaos.ChaosOptions;
import nexus.chaos.ChaosResult;
import nexus.chaos.ChaosRun;
import nexus.chaos.ChaosTable;
import nexus.launcher.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chaos suite's short form on the shared stack ({@code ./chaos.sh --short}): orders
 * at a steady rate through the gateway while order-service, then the Kafka broker, are
 * killed with SIGKILL and the launcher's supervisor starts them again; after each, every
 * invariant is checked over every order of the run. The full suite is {@code ./chaos.sh}.
 */
class ChaosSmokeSystemIT {

	@Test
	void killingOrderServiceAndTheBrokerUnderSteadyOrdersBreaksNoInvariant() {
		LocalStack stack = RunningNexus.stack();

		ChaosResult result = new ChaosRun(stack, RunningNexus.settings(), ChaosOptions.parse("--short"), System.out)
			.run();
		System.out.println(ChaosTable.markdown(result));

		// Both faults were injected, with orders flowing, and every rule ran.
		assertThat(result.faults()).hasSize(2).allSatisfy((fault) -> {
			assertThat(fault.skipped()).as(fault.fault().text()).isNull();
			assertThat(fault.accepted()).as(fault.fault().text()).isPositive();
			assertThat(fault.recovery().drained()).as(fault.fault().text()).isNotNull();
		});
		assertThat(result.lastCheck().checked()).containsExactlyElementsOf(Invariants.ALL);
		assertThat(result.lastCheck().skipped()).isEmpty();
		// What must never break did not.
		assertThat(result.violations()).as("invariant violations").isEmpty();
	}

	// The classes after this one need the whole stack: the broker and order-service back,
	// and every service ready again.
	@AfterAll
	static void theStackIsWholeAgain() {
		ChaosRun.awaitWhole(RunningNexus.stack(), Duration.ofMinutes(5));
	}

}
