package nexus.order.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.platform.domain.DomainEvent;

/**
 * What happened to an order, registered by {@link Order} with each change of status and
 * published when the order is saved. order-service's translator turns each into the wire
 * event of the same name.
 */
public sealed interface OrderEvent extends DomainEvent {

	/**
	 * The order.
	 * @return its id
	 */
	UUID orderId();

	/**
	 * Who placed it.
	 * @return the customer
	 */
	UUID customerId();

	/**
	 * An order line as it was placed.
	 *
	 * @param productId the product
	 * @param quantity units
	 * @param unitPrice the price per unit when it was placed
	 */
	record Line(UUID productId, int quantity, BigDecimal unitPrice) {
	}

	/**
	 * Placed, waiting for stock.
	 *
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param lines its lines
	 * @param totalAmount their sum
	 * @param currency their currency
	 * @param placedAt when
	 */
	record Placed(UUID orderId, UUID customerId, List<Line> lines, BigDecimal totalAmount, String currency,
			Instant placedAt) implements OrderEvent {

		public Placed {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * Stock reserved; payment being taken.
	 *
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param at when
	 */
	record AwaitingPayment(UUID orderId, UUID customerId, Instant at) implements OrderEvent {
	}

	/**
	 * Paid.
	 *
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param lines its lines, whose reservations become sales
	 * @param at when
	 */
	record Confirmed(UUID orderId, UUID customerId, List<Line> lines, Instant at) implements OrderEvent {

		public Confirmed {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * Cancelled.
	 *
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param reason why
	 * @param at when
	 */
	record Cancelled(UUID orderId, UUID customerId, CancellationReason reason, Instant at) implements OrderEvent {
	}

	/**
	 * Handed to the carrier.
	 *
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param at when
	 */
	record Shipped(UUID orderId, UUID customerId, Instant at) implements OrderEvent {
	}

	/**
	 * Reached the customer.
	 *
	 * @param orderId the order
	 * @param customerId who placed it
	 * @param at when
	 */
	record Delivered(UUID orderId, UUID customerId, Instant at) implements OrderEvent {
	}

}
