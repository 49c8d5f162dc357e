package nexus.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ProductTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void reservingTakesUnitsOutOfAvailableStock() {
		Product product = product(10);

		StockChange change = product.reserve(4, NOW);

		assertThat(product.amountInStock()).isEqualTo(6);
		assertThat(change).isEqualTo(new StockChange(10, 6));
	}

	@Test
	void neverReservesMoreThanIsAvailable() {
		Product product = product(3);

		assertThat(product.canSupply(3)).isTrue();
		assertThat(product.canSupply(4)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> product.reserve(4, NOW));
		assertThat(product.amountInStock()).isEqualTo(3);
	}

	@Test
	void aDeletedProductCannotBeReservedChangedOrRatedButTakesReleasedStockBack() {
		Product product = product(5);
		product.reserve(2, NOW);

		product.delete(NOW);

		assertThat(product.isAvailable()).isFalse();
		assertThat(product.canSupply(1)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> product.reserve(1, NOW));
		assertThatIllegalStateException().isThrownBy(() -> product.revise(details(5), NOW));
		assertThatIllegalStateException().isThrownBy(() -> product.rate(5, NOW));
		product.restock(2, NOW);
		assertThat(product.amountInStock()).isEqualTo(5);
	}

	@Test
	void lowStockIsAnnouncedWhenStockFallsToTheThresholdNotWhileItStaysBelow() {
		assertThat(new StockChange(7, 5).fellTo(5)).isTrue();
		assertThat(new StockChange(6, 0).fellTo(5)).isTrue();
		assertThat(new StockChange(5, 4).fellTo(5)).isFalse();
		assertThat(new StockChange(9, 6).fellTo(5)).isFalse();
		assertThat(new StockChange(2, 8).fellTo(5)).isFalse();
	}

	@Test
	void theRatingIsTheAverageOfAllStarsToTwoDecimals() {
		Product product = product(1);

		product.rate(5, NOW);
		product.rate(4, NOW);
		product.rate(4, NOW);

		assertThat(product.ratingCount()).isEqualTo(3);
		assertThat(product.ratingAverage()).isEqualByComparingTo("4.33");
		assertThatIllegalArgumentException().isThrownBy(() -> product.rate(6, NOW));
	}

	@Test
	void detailsRefusePricesThatAreNotPositiveWithTwoDecimalsAndNegativeStock() {
		assertThatIllegalArgumentException().isThrownBy(() -> details("0.00", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> details("-1.00", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> details("1.005", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> details("1.00", -1));
		assertThat(details("1.5", 0).price()).isEqualTo(new BigDecimal("1.50"));
	}

	@Test
	void aPartialUpdateKeepsWhatItDoesNotNameAndLeavesTheSubCategoryWithItsCategory() {
		UUID category = UUID.randomUUID();
		UUID subCategory = UUID.randomUUID();
		ProductDetails current = new ProductDetails("Lamp", "Bright", new BigDecimal("10.00"), "USD", category,
				subCategory, 3);

		ProductDetails renamed = new ProductPatch("Desk lamp", null, null, null, null, null, null).applyTo(current);
		ProductDetails moved = new ProductPatch(null, null, null, null, UUID.randomUUID(), null, null).applyTo(current);

		assertThat(renamed).isEqualTo(
				new ProductDetails("Desk lamp", "Bright", new BigDecimal("10.00"), "USD", category, subCategory, 3));
		assertThat(moved.subCategoryId()).isNull();
	}

	private static Product product(int stock) {
		return Product.create(details(stock), NOW);
	}

	private static ProductDetails details(int stock) {
		return details("10.00", stock);
	}

	private static ProductDetails details(String price, int stock) {
		return new ProductDetails("Lamp", null, new BigDecimal(price), "USD", UUID.randomUUID(), null, stock);
	}

}
