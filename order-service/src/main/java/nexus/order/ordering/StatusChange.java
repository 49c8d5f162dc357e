package nexus.order.ordering;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One entry of an order's status history.
 */
@Embeddable
class StatusChange {

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	@Enumerated(EnumType.STRING)
	private CancellationReason reason;

	@Column(name = "changed_at")
	private Instant changedAt;

	protected StatusChange() {
	}

	StatusChange(OrderStatus status, CancellationReason reason, Instant changedAt) {
		this.status = status;
		this.reason = reason;
		this.changedAt = changedAt;
	}

	OrderStatus status() {
		return this.status;
	}

	CancellationReason reason() {
		return this.reason;
	}

	Instant changedAt() {
		return this.changedAt;
	}

}
