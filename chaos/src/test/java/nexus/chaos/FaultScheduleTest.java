package nexus.chaos;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FaultScheduleTest {

	@Test
	void theFullSuiteHasEveryKindOfFaultTheIssueAsksFor() {
		List<FaultSpec> faults = FaultSchedule.parse(FaultSchedule.FULL);

		assertThat(faults).extracting(FaultSpec::text)
			.containsExactly("kill:order-service", "kill:catalog-service", "kill:user-service", "kill:gateway",
					"kill:kafka", "kill:postgres:20s", "pause:order-service:20s", "pause:catalog-service:50s",
					"payment:slow:20s", "payment:errors:20s", "payment:down:20s", "replay:orders", "replay:stock");
		// Every service is killed once, the broker and the database too.
		assertThat(faults).filteredOn((fault) -> fault.kind() == FaultSpec.Kind.KILL)
			.extracting(FaultSpec::target)
			.containsAll(FaultSchedule.SERVICES)
			.contains("kafka", "postgres");
	}

	@Test
	void theShortFormKillsOneServiceAndTheBroker() {
		assertThat(FaultSchedule.parse(FaultSchedule.SHORT)).containsExactly(
				new FaultSpec(FaultSpec.Kind.KILL, "order-service", Duration.ZERO),
				new FaultSpec(FaultSpec.Kind.KILL, "kafka", Duration.ZERO));
	}

	@Test
	void aFaultThatNeedsAHoldGetsTheDefaultOrTheOneWritten() {
		assertThat(FaultSchedule.parse("kill:postgres, pause:gateway:45s,payment:down:1m")).containsExactly(
				new FaultSpec(FaultSpec.Kind.KILL, "postgres", Duration.ofSeconds(20)),
				new FaultSpec(FaultSpec.Kind.PAUSE, "gateway", Duration.ofSeconds(45)),
				new FaultSpec(FaultSpec.Kind.PAYMENT, "down", Duration.ofMinutes(1)));
	}

	@Test
	void aFaultThatIsNotUnderstoodIsRefusedWithWhatIsAllowed() {
		assertThatIllegalArgumentException().isThrownBy(() -> FaultSchedule.parse("kill:redis"))
			.withMessageContaining("'kill:redis'")
			.withMessageContaining("kafka, postgres");
		assertThatIllegalArgumentException().isThrownBy(() -> FaultSchedule.parse("explode:gateway"))
			.withMessageContaining("kill, pause, payment, replay");
		assertThatIllegalArgumentException().isThrownBy(() -> FaultSchedule.parse("payment:teapot"))
			.withMessageContaining("slow, errors, down");
		assertThatIllegalArgumentException().isThrownBy(() -> FaultSchedule.parse("kill:gateway:10s"))
			.withMessageContaining("supervisor");
		assertThatIllegalArgumentException().isThrownBy(() -> FaultSchedule.parse("pause:gateway:0s"))
			.withMessageContaining("positive");
		assertThatIllegalArgumentException().isThrownBy(() -> FaultSchedule.parse("replay:invoices"))
			.withMessageContaining("orders");
		assertThatIllegalArgumentException().isThrownBy(() -> FaultSchedule.parse(" , "))
			.withMessageContaining("no fault");
	}

	@Test
	void optionsPickTheShortOrTheFullFormAndRefuseNonsense() {
		ChaosOptions full = ChaosOptions.defaults();
		ChaosOptions quick = ChaosOptions.parse("--short");
		ChaosOptions chosen = ChaosOptions.parse("--faults", "payment:slow:5s", "--rate=7", "--deadline", "2m");

		assertThat(full.faults()).hasSize(13);
		assertThat(full.rate()).isEqualTo(20);
		assertThat(quick.faults()).extracting(FaultSpec::text).containsExactly("kill:order-service", "kill:kafka");
		assertThat(quick.rate()).isEqualTo(5);
		assertThat(chosen.faults()).extracting(FaultSpec::text).containsExactly("payment:slow:5s");
		assertThat(chosen.rate()).isEqualTo(7);
		assertThat(chosen.deadline()).isEqualTo(Duration.ofMinutes(2));
		assertThatIllegalArgumentException().isThrownBy(() -> ChaosOptions.parse("--rate", "0"))
			.withMessageContaining("--rate must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> ChaosOptions.parse("--speed", "9"))
			.withMessageContaining("unknown option --speed");
		assertThatIllegalArgumentException().isThrownBy(() -> ChaosOptions.parse("--rate"))
			.withMessageContaining("--rate needs a value");
	}

}
