package nexus.catalog.product;

import java.time.Instant;

import nexus.platform.domain.DomainEvent;

/**
 * A product left the catalogue for good (deleted; its row stays for order history).
 *
 * @param product what it was
 * @param at when
 */
public record ProductWithdrawn(ProductSnapshot product, Instant at) implements DomainEvent {
}
