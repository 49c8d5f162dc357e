package nexus.order.catalogcopy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
	 * The catalogue has a product in this state, at this version of it (0 when it was
	 * created), in the consumer's transaction. A state older than the copy's, or any
	 * state after a deletion, is ignored.
	 * @param product the product's state
	 * @param version the catalogue's version of it
	 */
	@Transactional
	public void changed(ProductSnapshot product, long version) {
		this.copies.findById(product.id()).ifPresentOrElse((copy) -> {
			if (!copy.update(product.name(), product.price(), product.currency(), product.available(), version,
					this.clock.instant())) {
				log.debug("Ignored stale update v{} of product {}", version, product.id());
			}
		}, () -> this.copies.save(new ProductCopy(product.id(), product.name(), product.price(), product.currency(),
				product.available(), version, this.clock.instant())));
	}

	/**
	 * The product left the catalogue: it stays known, with its last name and price, and
	 * can no longer be ordered.
	 * @param productId the product
	 * @param name its last name
	 * @param price its last price
	 * @param currency its currency
	 */
	@Transactional
	public void deleted(UUID productId, String name, BigDecimal price, String currency) {
		ProductCopy copy = this.copies.findById(productId)
			.orElseGet(() -> this.copies
				.save(new ProductCopy(productId, name, price, currency, false, 0, this.clock.instant())));
		copy.delete(name, price, this.clock.instant());
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
