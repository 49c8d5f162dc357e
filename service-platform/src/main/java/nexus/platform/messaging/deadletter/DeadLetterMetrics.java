package nexus.platform.messaging.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code nexus_dead_letters_pending}: dead letters waiting for an operator.
 */
public class DeadLetterMetrics implements MeterBinder {

	private final DeadLetterStore store;

	public DeadLetterMetrics(DeadLetterStore store) {
		this.store = store;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("nexus.dead.letters.pending", this.store, DeadLetterStore::pending)
			.description("Dead letters not yet replayed")
			.register(registry);
	}

}
