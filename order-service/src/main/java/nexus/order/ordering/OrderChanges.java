package nexus.order.ordering;

import nexus.platform.messaging.outbox.Outbox;

import org.springframework.stereotype.Component;

/**
 * Saves an order and publishes, in the same transaction, the event of every change made
 * to it: no status change goes unpublished.
 */
@Component
class OrderChanges {

	private final OrderRepository orders;

	private final Outbox outbox;

	OrderChanges(OrderRepository orders, Outbox outbox) {
		this.orders = orders;
		this.outbox = outbox;
	}

	Order save(Order order) {
		Order saved = this.orders.saveAndFlush(order);
		order.drainEvents().forEach(this.outbox::publish);
		return saved;
	}

}
