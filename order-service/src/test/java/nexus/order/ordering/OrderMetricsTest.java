package nexus.order.ordering;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nexus.events.order.CancellationReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderMetricsTest {

	private final MeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void everyOrderMeterExistsAtZeroBeforeTheFirstOrder() {
		new OrderMetrics(this.meters, Clock.systemUTC());

		assertThat(this.meters.get("nexus.orders.placed").counter().count()).isZero();
		assertThat(this.meters.get("nexus.orders.confirmed").counter().count()).isZero();
		assertThat(saga("confirmed", "NONE").count()).isZero();
		for (CancellationReason reason : CancellationReason.values()) {
			assertThat(this.meters.get("nexus.orders.cancelled").tag("reason", reason.name()).counter().count())
				.isZero();
			assertThat(saga("cancelled", reason.name()).count()).isZero();
		}
	}

	private Timer saga(String outcome, String reason) {
		return this.meters.get("nexus.orders.saga.duration").tag("outcome", outcome).tag("reason", reason).timer();
	}

}
