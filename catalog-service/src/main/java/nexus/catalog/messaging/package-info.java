/**
 * The catalogue's one edge to the wire: {@link nexus.catalog.messaging.CatalogEvents}
 * translates the domain events its aggregates register (products, inventories,
 * reservations) into the records of {@code common-events}, which the platform writes to
 * the outbox in the transaction that saved the aggregate (ADR 0007).
 */
@NullMarked
package nexus.catalog.messaging;

import org.jspecify.annotations.NullMarked;
