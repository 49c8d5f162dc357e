package nexus.catalog.product;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductSearchSqlTest {

	@Test
	void ordersByTheSortKeyThenTheIdInTheSameDirectionSoOneIndexServesBoth() {
		ProductSearchSql sql = ProductSearchSql.of(ProductFilter.none(), 5);

		assertThat(sql.page(PageRequest.of(0, 20, Sort.by(Sort.Order.desc("price")))))
			.endsWith("ORDER BY p.price DESC, p.id DESC LIMIT :limit OFFSET :offset");
		assertThat(sql.page(PageRequest.of(0, 20, Sort.by("name")))).contains("ORDER BY lower(p.name) ASC, p.id ASC");
		assertThat(sql.page(PageRequest.of(0, 20))).contains("ORDER BY p.created_at DESC, p.id DESC");
	}

	@Test
	void searchesNamesWithWildcardsTakenLiterally() {
		ProductSearchSql sql = ProductSearchSql.of(filter("50%_off\\"), 5);

		assertThat(sql.params()).containsEntry("namePattern", "%50\\%\\_off\\\\%");
	}

	@Test
	void onlyLiveProductsAreListed() {
		assertThat(ProductSearchSql.of(ProductFilter.none(), 5).count())
			.isEqualTo("SELECT count(*) FROM product p WHERE p.deleted_at IS NULL");
	}

	@Test
	void refusesToSortByWhatHasNoIndex() {
		ProductSearchSql sql = ProductSearchSql.of(ProductFilter.none(), 5);

		assertThatIllegalArgumentException().isThrownBy(() -> sql.page(PageRequest.of(0, 20, Sort.by("description"))));
	}

	@Test
	void lowStockUsesTheConfiguredThreshold() {
		ProductSearchSql sql = ProductSearchSql
			.of(new ProductFilter(null, null, null, null, null, null, null, null, true, List.of(UUID.randomUUID())), 7);

		assertThat(sql.page(PageRequest.of(0, 20))).contains("p.amount_in_stock <= :lowStockThreshold")
			.contains("p.id IN (:ids)");
		assertThat(sql.params()).containsEntry("lowStockThreshold", 7);
	}

	private static ProductFilter filter(String q) {
		return new ProductFilter(q, null, null, null, null, null, null, null, null, null);
	}

}
