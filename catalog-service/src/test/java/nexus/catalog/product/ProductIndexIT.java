package nexus.catalog.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.catalog.CatalogIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index evidence: with 100,000 products, no listed filter or sort of the product list
 * plans a sequential scan over products. The statements explained are exactly those the
 * service runs ({@link ProductSearchSql}); the plans are printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductIndexIT extends CatalogIntegrationTest {

	private static final int PRODUCTS = 100_000;

	private static final Pageable NEWEST_FIRST = PageRequest.of(0, 20, Sort.by(Sort.Order.desc("createdAt")));

	@Autowired
	JdbcClient jdbc;

	UUID category;

	UUID subCategory;

	List<UUID> someIds;

	@BeforeAll
	void seedOneHundredThousandProducts() {
		long started = System.nanoTime();
		this.jdbc.sql("""
				INSERT INTO category (id, name, created_at, updated_at, version)
				SELECT gen_random_uuid(), 'Category ' || g, now(), now(), 0 FROM generate_series(1, 50) g
				""").update();
		this.jdbc.sql("""
				INSERT INTO sub_category (id, category_id, name, created_at, updated_at, version)
				SELECT gen_random_uuid(), c.id, 'Sub-category ' || s, now(), now(), 0
				FROM category c CROSS JOIN generate_series(1, 4) s
				""").update();
		// 200 sub-categories, 500 products each; prices 1.00 to 1000.99; stock 0 to 199;
		// ratings 0 to 4.99; one product in a hundred deleted.
		this.jdbc.sql("""
				WITH subs AS (SELECT id, category_id, row_number() OVER (ORDER BY id) - 1 AS n FROM sub_category)
				INSERT INTO product (id, name, description, price, currency, category_id, sub_category_id,
				                     amount_in_stock, rating_total, rating_count, rating_average,
				                     created_at, updated_at, deleted_at, version)
				SELECT gen_random_uuid(), 'Product ' || g || ' ' || md5(g::text), repeat('Words about it. ', 16),
				       1 + (g % 100000) / 100.0, 'USD', s.category_id, s.id,
				       g % 200, g % 500, 1, (g % 500) / 100.0,
				       now() - g * interval '1 minute', now(), CASE WHEN g % 100 = 0 THEN now() END, 0
				FROM generate_series(1, :products) g JOIN subs s ON s.n = g % 200
				""").param("products", PRODUCTS).update();
		this.jdbc.sql("ANALYZE product").update();
		System.out.printf("Seeded %,d products in %d ms%n", PRODUCTS, (System.nanoTime() - started) / 1_000_000);
		this.category = this.jdbc.sql("SELECT id FROM category ORDER BY id LIMIT 1").query(UUID.class).single();
		this.subCategory = this.jdbc.sql("SELECT id FROM sub_category ORDER BY id LIMIT 1").query(UUID.class).single();
		this.someIds = this.jdbc.sql("SELECT id FROM product ORDER BY id LIMIT 100").query(UUID.class).list();
	}

	@Test
	void everyListedFilterIsServedByAnIndex() {
		List<String> sequentialScans = new ArrayList<>();
		filters().forEach((name, filter) -> {
			ProductSearchSql sql = ProductSearchSql.of(filter, 5);
			check("filter " + name + ", page", sql.page(NEWEST_FIRST), sql.pageParams(NEWEST_FIRST), sequentialScans);
		});

		assertThat(sequentialScans).isEmpty();
	}

	@Test
	void theTotalOfASelectiveFilterIsCountedThroughAnIndex() {
		List<String> sequentialScans = new ArrayList<>();
		Map<String, ProductFilter> filters = filters();
		// These match nearly every product, and counting nearly every row is cheapest by
		// reading the table: their counts are printed, not checked. Their pages (above)
		// never read it.
		List.of("none", "inStock=true", "lowStock=false").forEach((name) -> {
			ProductSearchSql sql = ProductSearchSql.of(filters.remove(name), 5);
			check("filter " + name + ", count (not checked)", sql.count(), sql.params(), new ArrayList<>());
		});
		filters.forEach((name, filter) -> {
			ProductSearchSql sql = ProductSearchSql.of(filter, 5);
			check("filter " + name + ", count", sql.count(), sql.params(), sequentialScans);
		});

		assertThat(sequentialScans).isEmpty();
	}

	private Map<String, ProductFilter> filters() {
		Map<String, ProductFilter> filters = new LinkedHashMap<>();
		filters.put("none", ProductFilter.none());
		filters.put("q", filter().q("12345").build());
		filters.put("categoryId", filter().categoryId(this.category).build());
		filters.put("subCategoryId", filter().subCategoryId(this.subCategory).build());
		filters.put("minPrice", filter().minPrice(new BigDecimal("990")).build());
		filters.put("maxPrice", filter().maxPrice(new BigDecimal("10")).build());
		filters.put("minPrice+maxPrice",
				filter().minPrice(new BigDecimal("500")).maxPrice(new BigDecimal("505")).build());
		filters.put("minStock", filter().minStock(195).build());
		filters.put("maxStock", filter().maxStock(2).build());
		filters.put("inStock=true", filter().inStock(true).build());
		filters.put("inStock=false", filter().inStock(false).build());
		filters.put("lowStock=true", filter().lowStock(true).build());
		filters.put("lowStock=false", filter().lowStock(false).build());
		filters.put("ids", filter().ids(this.someIds).build());
		return filters;
	}

	@Test
	void everyListedSortIsServedByAnIndex() {
		ProductSearchSql sql = ProductSearchSql.of(ProductFilter.none(), 5);
		List<String> sequentialScans = new ArrayList<>();
		for (String property : List.of("price", "name", "createdAt", "ratingAverage")) {
			for (Sort.Direction direction : Sort.Direction.values()) {
				Pageable page = PageRequest.of(3, 20, Sort.by(direction, property));
				check("sort " + property + " " + direction, sql.page(page), sql.pageParams(page), sequentialScans);
			}
		}

		assertThat(sequentialScans).isEmpty();
	}

	private void check(String name, String sql, Map<String, Object> params, List<String> sequentialScans) {
		String plan = String.join("\n",
				this.jdbc.sql("EXPLAIN " + sql).params(params).query((rs, row) -> rs.getString(1)).list());
		System.out.printf("%n-- %s%n%s%n", name, plan);
		if (plan.contains("Seq Scan on product")) {
			sequentialScans.add(name + ":\n" + plan);
		}
	}

	private static FilterBuilder filter() {
		return new FilterBuilder();
	}

	/** Builds filters for the cases above; fields left out stay unset. */
	private static final class FilterBuilder {

		private String q;

		private UUID categoryId;

		private UUID subCategoryId;

		private BigDecimal minPrice;

		private BigDecimal maxPrice;

		private Integer minStock;

		private Integer maxStock;

		private Boolean inStock;

		private Boolean lowStock;

		private List<UUID> ids;

		FilterBuilder q(String q) {
			this.q = q;
			return this;
		}

		FilterBuilder categoryId(UUID categoryId) {
			this.categoryId = categoryId;
			return this;
		}

		FilterBuilder subCategoryId(UUID subCategoryId) {
			this.subCategoryId = subCategoryId;
			return this;
		}

		FilterBuilder minPrice(BigDecimal minPrice) {
			this.minPrice = minPrice;
			return this;
		}

		FilterBuilder maxPrice(BigDecimal maxPrice) {
			this.maxPrice = maxPrice;
			return this;
		}

		FilterBuilder minStock(int minStock) {
			this.minStock = minStock;
			return this;
		}

		FilterBuilder maxStock(int maxStock) {
			this.maxStock = maxStock;
			return this;
		}

		FilterBuilder inStock(boolean inStock) {
			this.inStock = inStock;
			return this;
		}

		FilterBuilder lowStock(boolean lowStock) {
			this.lowStock = lowStock;
			return this;
		}

		FilterBuilder ids(List<UUID> ids) {
			this.ids = ids;
			return this;
		}

		ProductFilter build() {
			return new ProductFilter(this.q, this.categoryId, this.subCategoryId, this.minPrice, this.maxPrice,
					this.minStock, this.maxStock, this.inStock, this.lowStock, this.ids);
		}

	}

}
