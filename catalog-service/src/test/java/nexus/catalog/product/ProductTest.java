package nexus.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import nexus.testsupport.AggregateEvents;
import nexus.platform.domain.InvalidValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ProductTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void aNewProductAnnouncesItselfWithTheStockItStartsWith() {
		UUID admin = UUID.randomUUID();
		Product product = Product.create(details("10.00"), 7, admin, NOW);

		assertThat(AggregateEvents.of(product)).singleElement().isInstanceOfSatisfying(ProductAdded.class, (added) -> {
			assertThat(added.productId()).isEqualTo(product.id());
			assertThat(added.initialStock()).isEqualTo(7);
			assertThat(added.addedBy()).isEqualTo(admin);
			assertThat(added.product().available()).isTrue();
		});
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> Product.create(details("10.00"), -1, null, NOW));
	}

	@Test
	void everyChangeAnnouncesTheVersionItGivesTheProduct() {
		Product product = product();

		product.revise(
				new ProductDetails("Desk lamp", null, new BigDecimal("12.00"), "USD", product.categoryId(), null), NOW);

		assertThat(AggregateEvents.of(product)).last().isInstanceOfSatisfying(ProductChanged.class, (changed) -> {
			assertThat(changed.product().name()).isEqualTo("Desk lamp");
			assertThat(changed.version()).isEqualTo(product.version() + 1);
		});
	}

	@Test
	void aDeletedProductCannotBeChangedOrRated() {
		Product product = product();

		product.delete(NOW);

		assertThat(product.isAvailable()).isFalse();
		assertThat(AggregateEvents.of(product)).last().isInstanceOf(ProductWithdrawn.class);
		assertThatIllegalStateException().isThrownBy(() -> product.revise(details("10.00"), NOW));
		assertThatIllegalStateException().isThrownBy(() -> product.rate(5, NOW));
		assertThatIllegalStateException().isThrownBy(() -> product.delete(NOW));
	}

	@Test
	void theRatingIsTheAverageOfAllStarsToTwoDecimals() {
		Product product = product();

		product.rate(5, NOW);
		product.rate(4, NOW);
		product.rate(4, NOW);

		assertThat(product.ratingCount()).isEqualTo(3);
		assertThat(product.ratingAverage()).isEqualByComparingTo("4.33");
		assertThatIllegalArgumentException().isThrownBy(() -> product.rate(6, NOW));
	}

	@Test
	void detailsRefusePricesThatAreNotPositiveWithTwoDecimals() {
		assertThatIllegalArgumentException().isThrownBy(() -> details("0.00"));
		assertThatIllegalArgumentException().isThrownBy(() -> details("-1.00"));
		assertThatIllegalArgumentException().isThrownBy(() -> details("1.005"));
		assertThat(details("1.5").price()).isEqualTo(new BigDecimal("1.50"));
	}

	@Test
	void aPartialUpdateKeepsWhatItDoesNotNameAndLeavesTheSubCategoryWithItsCategory() {
		UUID category = UUID.randomUUID();
		UUID subCategory = UUID.randomUUID();
		ProductDetails current = new ProductDetails("Lamp", "Bright", new BigDecimal("10.00"), "USD", category,
				subCategory);

		ProductDetails renamed = new ProductPatch("Desk lamp", null, null, null, null, null).applyTo(current);
		ProductDetails moved = new ProductPatch(null, null, null, null, UUID.randomUUID(), null).applyTo(current);

		assertThat(renamed).isEqualTo(
				new ProductDetails("Desk lamp", "Bright", new BigDecimal("10.00"), "USD", category, subCategory));
		assertThat(moved.subCategoryId()).isNull();
	}

	private static Product product() {
		return Product.create(details("10.00"), 1, null, NOW);
	}

	private static ProductDetails details(String price) {
		return new ProductDetails("Lamp", null, new BigDecimal(price), "USD", UUID.randomUUID(), null);
	}

}
