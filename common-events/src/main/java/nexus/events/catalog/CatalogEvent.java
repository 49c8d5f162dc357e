package nexus.events.catalog;

import nexus.events.NexusEvent;

/**
 * Events of catalog-service: product changes on {@link nexus.events.Topics#PRODUCTS} and
 * stock reservations on {@link nexus.events.Topics#STOCK}.
 */
public sealed interface CatalogEvent extends NexusEvent permits ProductEvent, StockEvent {

}
