package nexus.catalog.stock;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Stock reservations, under {@code nexus.catalog.stock}.
 *
 * @param reservationTtl how long stock stays reserved for an order that is not confirmed;
 * keep it longer than order-service's deadline for stock and payment
 * @param expiryInterval how often expired reservations are looked for
 * @param expiryBatchSize most reservations released per look
 */
@Validated
@ConfigurationProperties("nexus.catalog.stock")
public record StockProperties(@NotNull @DefaultValue("15m") Duration reservationTtl,
		@NotNull @DefaultValue("10s") Duration expiryInterval,
		@Min(1) @Max(10_000) @DefaultValue("200") int expiryBatchSize) {
}
