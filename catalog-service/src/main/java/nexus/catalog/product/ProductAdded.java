package nexus.catalog.product;

import java.time.Instant;
import java.util.UUID;

import nexus.platform.domain.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A product joined the catalogue, with the stock it was created with (which its inventory
 * takes over).
 *
 * @param product what it is
 * @param initialStock units it starts with
 * @param addedBy who created it, if known
 * @param at when
 */
public record ProductAdded(ProductSnapshot product, int initialStock, @Nullable UUID addedBy,
		Instant at) implements DomainEvent {

	public UUID productId() {
		return this.product.productId();
	}

}
