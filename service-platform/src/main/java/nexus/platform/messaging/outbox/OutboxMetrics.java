package nexus.platform.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Outbox gauges, read from the database at each scrape: {@code nexus_outbox_backlog} and
 * {@code nexus_outbox_oldest_pending_age_seconds}.
 */
public class OutboxMetrics implements MeterBinder {

	private final OutboxStore store;

	public OutboxMetrics(OutboxStore store) {
		this.store = store;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("nexus.outbox.backlog", this.store, OutboxStore::backlog)
			.description("Events written to the outbox and not yet published")
			.register(registry);
		Gauge.builder("nexus.outbox.oldest.pending.age", this.store, OutboxStore::oldestPendingAgeSeconds)
			.description("Age of the oldest event not yet published")
			.baseUnit("seconds")
			.register(registry);
	}

}
