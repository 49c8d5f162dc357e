package nexus.order.ordering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An order: lines with price snapshots, a status that moves only along the allowed
 * transitions, a history of every change, and the event each change registers
 * ({@link OrderEvent}), published when the order is saved.
 */
@Entity(name = "CustomerOrder")
@Table(name = "orders")
class Order extends AbstractAggregateRoot<Order> {

	@Id
	private UUID id;

	private UUID customerId;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	@Enumerated(EnumType.STRING)
	private CancellationReason statusReason;

	private BigDecimal totalAmount;

	private String currency;

	private String idempotencyKey;

	private String requestHash;

	private Instant reservationExpiresAt;

	private Instant paymentDueBy;

	private String traceParent;

	@Column(name = "created_on")
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	@ElementCollection
	@CollectionTable(name = "order_item", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "line_no")
	@BatchSize(size = 100)
	private List<OrderItem> items = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "order_status_change", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "seq")
	@BatchSize(size = 100)
	private List<StatusChange> history = new ArrayList<>();

	protected Order() {
	}

	/**
	 * A new order, waiting for stock.
	 * @param id its id
	 * @param customerId who places it
	 * @param items its lines, at least one, all in one currency
	 * @param currency that currency
	 * @param idempotencyKey the client's key for this placement
	 * @param requestHash fingerprint of the request, to recognise a repeat
	 * @param now the time
	 * @return the order, with {@link OrderEvent.Placed} registered
	 */
	static Order place(UUID id, UUID customerId, List<OrderItem> items, String currency, String idempotencyKey,
			String requestHash, Instant now) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("An order needs at least one line");
		}
		Order order = new Order();
		order.id = id;
		order.customerId = customerId;
		order.items = new ArrayList<>(items);
		order.currency = currency;
		order.totalAmount = items.stream()
			.map(OrderItem::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.UNNECESSARY);
		order.idempotencyKey = idempotencyKey;
		order.requestHash = requestHash;
		order.createdAt = now;
		order.moveTo(OrderStatus.PENDING, null, now);
		order.registerEvent(new OrderEvent.Placed(id, customerId, order.lines(), order.totalAmount, currency, now));
		return order;
	}

	/**
	 * Stock is reserved until {@code expiresAt}; the payment must be taken by
	 * {@code paymentDueBy}.
	 */
	void awaitPayment(Instant expiresAt, Instant paymentDueBy, Instant now) {
		moveTo(OrderStatus.AWAITING_PAYMENT, null, now);
		this.reservationExpiresAt = expiresAt;
		this.paymentDueBy = paymentDueBy;
		registerEvent(new OrderEvent.AwaitingPayment(this.id, this.customerId, now));
	}

	void confirm(Instant now) {
		moveTo(OrderStatus.CONFIRMED, null, now);
		registerEvent(new OrderEvent.Confirmed(this.id, this.customerId, lines(), now));
	}

	void cancel(CancellationReason reason, Instant now) {
		moveTo(OrderStatus.CANCELLED, reason, now);
		registerEvent(new OrderEvent.Cancelled(this.id, this.customerId, reason, now));
	}

	void ship(Instant now) {
		moveTo(OrderStatus.SHIPPED, null, now);
		registerEvent(new OrderEvent.Shipped(this.id, this.customerId, now));
	}

	void deliver(Instant now) {
		moveTo(OrderStatus.DELIVERED, null, now);
		registerEvent(new OrderEvent.Delivered(this.id, this.customerId, now));
	}

	/**
	 * Whether the saga has run past its deadline at {@code now}: still waiting for stock
	 * {@code sagaDeadline} after it was placed, or for payment past its due time.
	 */
	boolean overdue(Duration sagaDeadline, Instant now) {
		return switch (this.status) {
			case PENDING -> !this.createdAt.plus(sagaDeadline).isAfter(now);
			case AWAITING_PAYMENT -> !this.paymentDueBy.isAfter(now);
			default -> false;
		};
	}

	/**
	 * Keeps the trace of the request that placed the order, for the work that continues
	 * it later (the deadline sweeper). Opaque here.
	 * @param traceParent a W3C traceparent, or {@code null}
	 */
	void traceWith(String traceParent) {
		this.traceParent = traceParent;
	}

	String traceParent() {
		return this.traceParent;
	}

	/**
	 * The fingerprint of the request that placed the order.
	 * @return what {@link OrderPlacement#fingerprint} gave for it
	 */
	String requestHash() {
		return this.requestHash;
	}

	boolean belongsTo(UUID customer) {
		return this.customerId.equals(customer);
	}

	private void moveTo(OrderStatus next, CancellationReason reason, Instant now) {
		if (this.status != null && !this.status.canMoveTo(next)) {
			throw new IllegalStatusChange(this.status, next);
		}
		this.status = next;
		this.statusReason = reason;
		this.updatedAt = now;
		this.history.add(new StatusChange(next, reason, now));
	}

	private List<OrderEvent.Line> lines() {
		return this.items.stream()
			.map((item) -> new OrderEvent.Line(item.productId(), item.quantity(), item.unitPrice()))
			.toList();
	}

	UUID id() {
		return this.id;
	}

	UUID customerId() {
		return this.customerId;
	}

	OrderStatus status() {
		return this.status;
	}

	CancellationReason statusReason() {
		return this.statusReason;
	}

	BigDecimal totalAmount() {
		return this.totalAmount;
	}

	String currency() {
		return this.currency;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	String idempotencyKey() {
		return this.idempotencyKey;
	}

	Instant paymentDueBy() {
		return this.paymentDueBy;
	}

	Instant reservationExpiresAt() {
		return this.reservationExpiresAt;
	}

	List<OrderItem> items() {
		return List.copyOf(this.items);
	}

	List<StatusChange> history() {
		return List.copyOf(this.history);
	}

}
