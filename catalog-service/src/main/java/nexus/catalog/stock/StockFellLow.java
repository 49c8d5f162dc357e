package nexus.catalog.stock;

import java.time.Instant;
import java.util.UUID;

import nexus.platform.domain.DomainEvent;

/**
 * A product's available stock fell from above the low-stock threshold to it or below.
 *
 * @param productId the product
 * @param available units available now
 * @param threshold the threshold
 * @param at when
 */
public record StockFellLow(UUID productId, int available, int threshold, Instant at) implements DomainEvent {
}
