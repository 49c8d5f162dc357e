package nexus.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nexus.events.catalog.ProductStockLow;
import nexus.events.catalog.ProductUpdated;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The copies of products and users kept from catalog-service's and user-service's events.
 */
class LocalCopiesIT extends OrderServiceIntegrationTest {

	@Test
	void productUpdatesApplyInVersionOrderAndAnOlderOneIsIgnored() {
		UUID lamp = givenProduct("Lamp", "20.00");
		double before = consumed("order-service.product-copies", null);

		publish(new ProductUpdated(lamp, "Desk lamp", new BigDecimal("22.00"), "USD", UUID.randomUUID(), null, true, 3,
				Instant.now()));
		publish(new ProductUpdated(lamp, "Old lamp", new BigDecimal("99.00"), "USD", UUID.randomUUID(), null, true, 2,
				Instant.now()));
		publish(new ProductStockLow(lamp, "Desk lamp", 1, 5, Instant.now()));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> consumed("order-service.product-copies", null) >= before + 3);
		assertThat(
				this.jdbc.sql("SELECT name || ' ' || price || ' ' || product_version FROM product_copy WHERE id = :id")
					.param("id", lamp)
					.query(String.class)
					.single())
			.isEqualTo("Desk lamp 22.00 3");
	}

	@Test
	void aDeactivatedAccountCannotOrder() {
		UUID user = UUID.randomUUID();
		UUID cup = givenProduct("Cup", "2.00");
		publish(new UserRegistered(user, "ann@example.com", "Ann", "Lee", "CUSTOMER", Instant.now()));
		publish(new UserUpdated(user, "ann.lee@example.com", "Ann", "Lee", "CUSTOMER", true, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "ann.lee@example.com".equals(this.jdbc.sql("SELECT email FROM user_copy WHERE id = :id")
				.param("id", user)
				.query(String.class)
				.optional()
				.orElse(null)));
		placeOrder(user, "before", lines(cup, 1)).expectStatus().isAccepted();

		publish(new UserDeactivated(user, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !this.jdbc.sql("SELECT active FROM user_copy WHERE id = :id")
				.param("id", user)
				.query(Boolean.class)
				.single());

		placeOrder(user, "after", lines(cup, 1)).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/account-inactive");
	}

}
