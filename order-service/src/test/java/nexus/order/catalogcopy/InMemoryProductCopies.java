package nexus.order.catalogcopy;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * The product copy in a map, for unit tests without Spring.
 */
public final class InMemoryProductCopies implements ProductCopyRepository {

	private final Map<UUID, ProductCopy> copies = new LinkedHashMap<>();

	/**
	 * The product copy's service on this map.
	 * @param clock the clock
	 * @return the service
	 */
	public ProductCopies copies(Clock clock) {
		return new ProductCopies(this, clock);
	}

	/**
	 * A product as if the catalogue had announced it.
	 * @param product the product
	 */
	public void add(ProductSnapshot product) {
		save(new ProductCopy(product.id(), product.name(), product.price(), product.currency(), product.available(), 0,
				Instant.EPOCH));
	}

	@Override
	public Optional<ProductCopy> findById(UUID id) {
		return Optional.ofNullable(this.copies.get(id));
	}

	@Override
	public List<ProductCopy> findAllById(Iterable<UUID> ids) {
		return StreamSupport.stream(ids.spliterator(), false).map(this.copies::get).filter(Objects::nonNull).toList();
	}

	@Override
	public <S extends ProductCopy> S save(S copy) {
		this.copies.put(copy.snapshot().id(), copy);
		return copy;
	}

}
