package nexus.catalog.product;

import java.time.Instant;

import nexus.platform.domain.DomainEvent;

/**
 * Something of the product itself changed: its details, its images or its rating (never
 * its stock, which is its inventory's).
 *
 * @param product what it is now
 * @param version the version the change gives it
 * @param at when
 */
public record ProductChanged(ProductSnapshot product, long version, Instant at) implements DomainEvent {
}
