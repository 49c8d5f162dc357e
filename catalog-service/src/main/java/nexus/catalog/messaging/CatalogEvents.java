package nexus.catalog.messaging;

import java.util.List;

import nexus.catalog.product.Product;
import nexus.catalog.product.ProductAdded;
import nexus.catalog.product.ProductChanged;
import nexus.catalog.product.ProductRepository;
import nexus.catalog.product.ProductSnapshot;
import nexus.catalog.product.ProductWithdrawn;
import nexus.catalog.stock.ReservationEvent;
import nexus.catalog.stock.ReservedLine;
import nexus.catalog.stock.StockFellLow;
import nexus.events.catalog.CatalogEvent;
import nexus.events.catalog.ProductCreated;
import nexus.events.catalog.ProductDeleted;
import nexus.events.catalog.ProductStockLow;
import nexus.events.catalog.ProductUpdated;
import nexus.events.catalog.StockLine;
import nexus.events.catalog.StockRejected;
import nexus.events.catalog.StockReleased;
import nexus.events.catalog.StockReserved;
import nexus.events.catalog.StockShortfall;
import nexus.platform.domain.DomainEvent;
import nexus.platform.messaging.outbox.EventTranslator;

import org.springframework.stereotype.Component;

/**
 * catalog-service's one edge to the wire: what other services (and the other instances'
 * caches) hear about the catalogue's domain events.
 * <ul>
 * <li>on {@code nexus.catalog.products.v1}: {@link ProductAdded} is
 * {@link ProductCreated}, {@link ProductChanged} is {@link ProductUpdated} (with the
 * version the change gives the product), {@link ProductWithdrawn} is
 * {@link ProductDeleted}, and an inventory's {@link StockFellLow} is
 * {@link ProductStockLow}, with the product's name;</li>
 * <li>on {@code nexus.catalog.stock.v1}: a reservation's {@code Held} is
 * {@link StockReserved}, {@code Refused} is {@link StockRejected}, {@code Released} is
 * {@link StockReleased} ({@code EXPIRED} or {@code ORDER_CANCELLED}).</li>
 * </ul>
 */
@Component
class CatalogEvents implements EventTranslator {

	private final ProductRepository products;

	CatalogEvents(ProductRepository products) {
		this.products = products;
	}

	@Override
	public List<CatalogEvent> toWire(DomainEvent event) {
		return switch (event) {
			case ProductAdded added -> List.of(created(added));
			case ProductChanged changed -> List.of(updated(changed));
			case ProductWithdrawn withdrawn -> List.of(deleted(withdrawn));
			case StockFellLow low -> List.of(stockLow(low));
			case ReservationEvent.Held held ->
				List.of(new StockReserved(held.orderId(), lines(held.lines()), held.reservedAt(), held.expiresAt()));
			case ReservationEvent.Refused refused -> List.of(new StockRejected(refused.orderId(),
					refused.shortfalls()
						.stream()
						.map((shortfall) -> new StockShortfall(shortfall.productId(), shortfall.requested(),
								shortfall.available(), StockShortfall.Reason.valueOf(shortfall.reason().name())))
						.toList(),
					refused.refusedAt()));
			case ReservationEvent.Released released ->
				List.of(new StockReleased(released.orderId(), lines(released.lines()),
						released.expired() ? StockReleased.Reason.EXPIRED : StockReleased.Reason.ORDER_CANCELLED,
						released.releasedAt()));
			default -> List.of();
		};
	}

	private static ProductCreated created(ProductAdded added) {
		ProductSnapshot product = added.product();
		return new ProductCreated(product.productId(), product.name(), product.price(), product.currency(),
				product.categoryId(), product.subCategoryId(), product.available(), added.at());
	}

	private static ProductUpdated updated(ProductChanged changed) {
		ProductSnapshot product = changed.product();
		return new ProductUpdated(product.productId(), product.name(), product.price(), product.currency(),
				product.categoryId(), product.subCategoryId(), product.available(), changed.version(), changed.at());
	}

	private static ProductDeleted deleted(ProductWithdrawn withdrawn) {
		ProductSnapshot product = withdrawn.product();
		return new ProductDeleted(product.productId(), product.name(), product.price(), product.currency(), false,
				withdrawn.at());
	}

	private ProductStockLow stockLow(StockFellLow low) {
		// The inventory knows the product by id only; the event names it, as it always
		// did.
		String name = this.products.findById(low.productId())
			.map(Product::name)
			.orElseThrow(() -> new IllegalStateException("Product " + low.productId() + " has stock but no row"));
		return new ProductStockLow(low.productId(), name, low.available(), low.threshold(), low.at());
	}

	private static List<StockLine> lines(List<ReservedLine> lines) {
		return lines.stream().map((line) -> new StockLine(line.productId(), line.quantity())).toList();
	}

}
