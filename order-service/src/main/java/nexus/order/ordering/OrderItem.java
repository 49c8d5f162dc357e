package nexus.order.ordering;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An order line with the product's name and unit price as they were when it was placed.
 */
@Embeddable
class OrderItem {

	@Column(name = "product_id")
	private UUID productId;

	private String name;

	@Column(name = "unit_price")
	private BigDecimal unitPrice;

	private int quantity;

	protected OrderItem() {
	}

	OrderItem(UUID productId, String name, BigDecimal unitPrice, int quantity) {
		this.productId = productId;
		this.name = name;
		this.unitPrice = unitPrice;
		this.quantity = quantity;
	}

	UUID productId() {
		return this.productId;
	}

	String name() {
		return this.name;
	}

	BigDecimal unitPrice() {
		return this.unitPrice;
	}

	int quantity() {
		return this.quantity;
	}

	BigDecimal total() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

}
