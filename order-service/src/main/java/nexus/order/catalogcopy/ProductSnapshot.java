package nexus.order.catalogcopy;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as order-service last heard of it.
 *
 * @param id the product id
 * @param name its name
 * @param price its unit price, two decimals
 * @param currency ISO 4217 code
 * @param available whether it may be ordered
 */
public record ProductSnapshot(UUID id, String name, BigDecimal price, String currency, boolean available) {
}
