package nexus.order.ordering;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The business meters of orders: placed, confirmed, cancelled by reason, and how long the
 * saga took from placed to its final state. Counted only once the change commits.
 */
@Component
class OrderMetrics {

	private final MeterRegistry meters;

	private final Clock clock;

	private final Counter placed;

	private final Counter confirmed;

	OrderMetrics(MeterRegistry meters, Clock clock) {
		this.meters = meters;
		this.clock = clock;
		this.placed = Counter.builder("nexus.orders.placed").description("Orders accepted").register(meters);
		this.confirmed = Counter.builder("nexus.orders.confirmed")
			.description("Orders paid and confirmed")
			.register(meters);
		// Every series at zero from the start, so that dashboards and alerts see them
		// before
		// the first order.
		sagaTimer("confirmed", "NONE");
		for (CancellationReason reason : CancellationReason.values()) {
			cancelledCounter(reason);
			sagaTimer("cancelled", reason.name());
		}
	}

	void placed() {
		afterCommit(this.placed::increment);
	}

	void confirmed(Order order) {
		Duration saga = Duration.between(order.createdAt(), this.clock.instant());
		afterCommit(() -> {
			this.confirmed.increment();
			sagaTimer("confirmed", "NONE").record(saga);
		});
	}

	/**
	 * An order was cancelled.
	 * @param order the order
	 * @param reason why
	 * @param endedSaga whether it was cancelled while stock or payment was outstanding
	 */
	void cancelled(Order order, CancellationReason reason, boolean endedSaga) {
		Duration saga = Duration.between(order.createdAt(), this.clock.instant());
		afterCommit(() -> {
			cancelledCounter(reason).increment();
			if (endedSaga) {
				sagaTimer("cancelled", reason.name()).record(saga);
			}
		});
	}

	private Counter cancelledCounter(CancellationReason reason) {
		return Counter.builder("nexus.orders.cancelled")
			.description("Orders cancelled, by reason")
			.tag("reason", reason.name())
			.register(this.meters);
	}

	private Timer sagaTimer(String outcome, String reason) {
		return Timer.builder("nexus.orders.saga.duration")
			.description("From placed to confirmed or cancelled")
			.tag("outcome", outcome)
			.tag("reason", reason)
			.publishPercentileHistogram()
			.register(this.meters);
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
