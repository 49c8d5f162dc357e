package nexus.order.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Cart settings, under {@code nexus.cart}.
 *
 * @param maxLines how many different products one cart may hold
 */
@Validated
@ConfigurationProperties("nexus.cart")
record CartProperties(@Min(1) @Max(200) @DefaultValue("50") int maxLines) {
}
