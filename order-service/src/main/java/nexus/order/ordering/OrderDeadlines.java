package nexus.order.ordering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Ends sagas that waited too long: an order still waiting for stock
 * {@code nexus.ordering.saga-deadline} after it was placed, or for payment past its due
 * time, is cancelled ({@code TIMED_OUT}), which gives its stock back and voids or refunds
 * its payment. Safe with several instances: each order is re-checked under its lock.
 */
@Configuration(proxyBeanMethods = false)
public class OrderDeadlines implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(OrderDeadlines.class);

	private static final int BATCH = 100;

	private final OrderRepository orders;

	private final OrderSaga saga;

	private final OrderingProperties properties;

	private final Clock clock;

	OrderDeadlines(OrderRepository orders, OrderSaga saga, OrderingProperties properties, Clock clock) {
		this.orders = orders;
		this.saga = saga;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::cancelOverdue, this.properties.sweepInterval());
	}

	/**
	 * Cancels every order that is overdue now.
	 * @return how many were cancelled
	 */
	public int cancelOverdue() {
		Instant now = this.clock.instant();
		List<UUID> overdue = this.orders.findOverdue(now.minus(this.properties.sagaDeadline()), now,
				PageRequest.of(0, BATCH));
		int cancelled = 0;
		for (UUID orderId : overdue) {
			try {
				this.saga.timeOut(orderId);
				cancelled++;
			}
			catch (RuntimeException ex) {
				log.warn("Could not time out order {}; the next sweep tries again", orderId, ex);
			}
		}
		if (cancelled > 0) {
			log.info("Cancelled {} overdue orders", cancelled);
		}
		return cancelled;
	}

}
