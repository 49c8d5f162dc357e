package nexus.order.cart;

import java.time.Instant;
import java.util.UUID;

import nexus.platform.domain.NotFound;
import nexus.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CartTest {

	private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	private final Cart cart = new Cart();

	@Test
	void addingTheSameProductAddsToItsLine() {
		UUID cup = UUID.randomUUID();

		this.cart.add(cup, 2, 3, NOW);
		this.cart.add(cup, 5, 3, NOW);

		assertThat(this.cart.quantities()).containsEntry(cup, 7).hasSize(1);
	}

	@Test
	void aLineHoldsAtMost99Units() {
		UUID cup = UUID.randomUUID();
		this.cart.add(cup, 90, 3, NOW);

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.cart.add(cup, 10, 3, NOW))
			.extracting(RuleViolation::slug)
			.isEqualTo("quantity-limit");
		assertThat(this.cart.quantities()).containsEntry(cup, 90);
	}

	@Test
	void aCartHoldsAtMostMaxLinesProducts() {
		this.cart.add(UUID.randomUUID(), 1, 2, NOW);
		UUID second = UUID.randomUUID();
		this.cart.add(second, 1, 2, NOW);

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.cart.add(UUID.randomUUID(), 1, 2, NOW))
			.extracting(RuleViolation::slug)
			.isEqualTo("cart-full");
		this.cart.add(second, 1, 2, NOW);
		assertThat(this.cart.quantities()).hasSize(2);
	}

	@Test
	void changingOrRemovingAMissingLineIsNotFound() {
		UUID cup = UUID.randomUUID();

		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.cart.change(cup, 2, NOW))
			.extracting(NotFound::slug)
			.isEqualTo("not-found");
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.cart.remove(cup, NOW));

		this.cart.add(cup, 1, 3, NOW);
		this.cart.change(cup, 4, NOW);
		assertThat(this.cart.quantities()).containsEntry(cup, 4);
		this.cart.remove(cup, NOW);
		assertThat(this.cart.quantities()).isEmpty();
	}

}
