package nexus.order.catalogcopy;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nexus.events.catalog.ProductCreated;
import nexus.events.catalog.ProductDeleted;
import nexus.events.catalog.ProductEvent;
import nexus.events.catalog.ProductStockLow;
import nexus.events.catalog.ProductUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local copy of the catalogue's products: kept from its events, read to price carts
 * and orders.
 */
@Service
public class ProductCopies {

	private static final Logger log = LoggerFactory.getLogger(ProductCopies.class);

	private final ProductCopyRepository copies;

	private final Clock clock;

	ProductCopies(ProductCopyRepository copies, Clock clock) {
		this.copies = copies;
		this.clock = clock;
	}

	/**
	 * Applies one product event, in the consumer's transaction.
	 * @param event the event
	 */
	@Transactional
	public void apply(ProductEvent event) {
		switch (event) {
			case ProductCreated created -> this.copies.findById(created.productId())
				.ifPresentOrElse(
						(copy) -> copy.update(created.name(), created.price(), created.currency(), created.available(),
								0, this.clock.instant()),
						() -> this.copies.save(new ProductCopy(created.productId(), created.name(), created.price(),
								created.currency(), created.available(), 0, this.clock.instant())));
			case ProductUpdated updated -> this.copies.findById(updated.productId()).ifPresentOrElse((copy) -> {
				if (!copy.update(updated.name(), updated.price(), updated.currency(), updated.available(),
						updated.version(), this.clock.instant())) {
					log.debug("Ignored stale update v{} of product {}", updated.version(), updated.productId());
				}
			}, () -> this.copies.save(new ProductCopy(updated.productId(), updated.name(), updated.price(),
					updated.currency(), updated.available(), updated.version(), this.clock.instant())));
			case ProductDeleted deleted -> {
				ProductCopy copy = this.copies.findById(deleted.productId())
					.orElseGet(() -> this.copies.save(new ProductCopy(deleted.productId(), deleted.name(),
							deleted.price(), deleted.currency(), false, 0, this.clock.instant())));
				copy.delete(deleted.name(), deleted.price(), this.clock.instant());
			}
			case ProductStockLow ignored -> {
				// Stock levels are the catalogue's business; nothing to copy.
			}
		}
	}

	@Transactional(readOnly = true)
	public Optional<ProductSnapshot> find(UUID productId) {
		return this.copies.findById(productId).map(ProductCopy::snapshot);
	}

	/**
	 * The known products among some ids.
	 * @param productIds the ids
	 * @return snapshot by id; unknown ids are absent
	 */
	@Transactional(readOnly = true)
	public Map<UUID, ProductSnapshot> findAll(Collection<UUID> productIds) {
		return this.copies.findAllById(productIds)
			.stream()
			.map(ProductCopy::snapshot)
			.collect(Collectors.toMap(ProductSnapshot::id, Function.identity()));
	}

}
