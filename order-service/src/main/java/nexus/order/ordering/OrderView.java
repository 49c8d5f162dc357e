package nexus.order.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An order as clients see it (docs/api.md).
 *
 * @param id the order id
 * @param customerId who placed it
 * @param status where it stands
 * @param statusReason why it was cancelled, when it was
 * @param items its lines with the prices they were placed at
 * @param totalAmount the sum of the lines
 * @param currency ISO 4217 code
 * @param createdAt when it was placed
 * @param updatedAt when its status last changed
 * @param history every status it went through, oldest first
 */
public record OrderView(UUID id, UUID customerId, @Schema(example = "CONFIRMED") OrderStatus status,
		@Schema(example = "PAYMENT_DECLINED", nullable = true) CancellationReason statusReason, List<Item> items,
		@Schema(example = "59.97") BigDecimal totalAmount, @Schema(example = "USD") String currency, Instant createdAt,
		Instant updatedAt, List<Change> history) {

	static OrderView of(Order order) {
		return new OrderView(order.id(), order.customerId(), order.status(), order.statusReason(),
				order.items()
					.stream()
					.map((item) -> new Item(item.productId(), item.name(), item.unitPrice(), item.quantity()))
					.toList(),
				order.totalAmount(), order.currency(), order.createdAt(), order.updatedAt(),
				order.history()
					.stream()
					.map((change) -> new Change(change.status(), change.reason(), change.changedAt()))
					.toList());
	}

	/**
	 * One line. Named {@code OrderItem} in the OpenAPI document (the cart has an
	 * {@code Item} too).
	 *
	 * @param productId the product
	 * @param name its name when ordered
	 * @param unitPrice its price when ordered
	 * @param quantity units
	 */
	@Schema(name = "OrderItem", description = "A line of an order, as ordered")
	public record Item(UUID productId, @Schema(example = "Espresso cup") String name,
			@Schema(example = "19.99") BigDecimal unitPrice, @Schema(example = "3") int quantity) {
	}

	/**
	 * One status change.
	 *
	 * @param status the status it moved to
	 * @param reason the cancellation reason, if any
	 * @param at when
	 */
	public record Change(OrderStatus status,
			@Schema(example = "PAYMENT_DECLINED", nullable = true) CancellationReason reason, Instant at) {
	}

}
