package nexus.paymentsimulator;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatorSettingsTest {

	@Test
	void defaultsListenOnLoopback8090AndDeclineAboveFiveThousand() {
		SimulatorSettings settings = SimulatorSettings.from(new String[0], Map.<String, String>of()::get);

		assertThat(settings.host()).isEqualTo("127.0.0.1");
		assertThat(settings.port()).isEqualTo(8090);
		assertThat(settings.declineAboveMinor()).isEqualTo(500_000);
		assertThat(settings.webhookUrl()).isEqualTo("http://localhost:8083/api/payments/webhook");
		assertThat(settings.apiKey()).isNull();
	}

	@Test
	void argumentBeatsEnvironmentForThePort() {
		Map<String, String> env = Map.of("PAYMENT_SIMULATOR_PORT", "9000", "PAYMENT_SIMULATOR_DECLINE_ABOVE", "120.50",
				"PAYMENT_SIMULATOR_API_KEY", "sk_test_x");

		assertThat(SimulatorSettings.from(new String[0], env::get).port()).isEqualTo(9000);
		assertThat(SimulatorSettings.from(new String[] { "--port=9100" }, env::get).port()).isEqualTo(9100);
		assertThat(SimulatorSettings.from(new String[] { "9200" }, env::get).port()).isEqualTo(9200);
		assertThat(SimulatorSettings.from(new String[0], env::get).declineAboveMinor()).isEqualTo(12_050);
		assertThat(SimulatorSettings.from(new String[0], env::get).apiKey()).isEqualTo("sk_test_x");
	}

	@Test
	void refusesNonsense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SimulatorSettings("127.0.0.1", 70_000, 1, null, "s", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SimulatorSettings("127.0.0.1", 0, -1, null, "s", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SimulatorSettings("127.0.0.1", 0, 1, null, " ", null));
		assertThat(SimulatorSettings.toMinor(new BigDecimal("5000.00"))).isEqualTo(500_000);
	}

}
