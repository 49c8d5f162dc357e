package nexus.catalog.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nexus.platform.paging.Listing;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads products as clients see them, through the cache, with plain SQL that the indexes
 * were made for. The cache holds the product; its available stock changes with every
 * order and is not the product's, so it is read from the inventories each time a cached
 * product or page is answered (one primary-key read for the page), and a sale evicts
 * nothing. A cached page of a stock filter ({@code inStock}, {@code lowStock},
 * {@code minStock}, {@code maxStock}) may therefore list a product whose stock has moved
 * out of the filter since, until the page is evicted or expires; the stock it shows is
 * always the current one.
 */
@Component
public class ProductQueries {

	private final JdbcClient jdbc;

	private final ProductCache cache;

	private final ProductProperties properties;

	private final AvailableStock stock;

	ProductQueries(JdbcClient jdbc, ProductCache cache, ProductProperties properties, AvailableStock stock) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.properties = properties;
		this.stock = stock;
	}

	/**
	 * A product of the catalogue, from the cache if it is there.
	 * @param id the product id
	 * @return the product, unless it does not exist or was deleted
	 */
	public Optional<ProductView> find(UUID id) {
		return Optional.ofNullable(this.cache.byId.get(id.toString(), () -> load(id).orElse(null)))
			.map((product) -> withCurrentStock(List.of(product)).get(0));
	}

	/**
	 * A page of the catalogue, from the cache if it is there.
	 * @param filter what to list
	 * @param pageable which page, in which order (sortable properties: {@code price},
	 * {@code name}, {@code createdAt}, {@code ratingAverage})
	 * @return the page
	 */
	public Listing<ProductView> search(ProductFilter filter, Pageable pageable) {
		String key = filter + "|" + pageable.getPageNumber() + "|" + pageable.getPageSize() + "|" + pageable.getSort();
		Listing<ProductView> page = this.cache.pages.get(key, () -> searchUncached(filter, pageable));
		return new Listing<>(withCurrentStock(page.content()), page.page(), page.size(), page.totalElements());
	}

	private List<ProductView> withCurrentStock(List<ProductView> products) {
		if (products.isEmpty()) {
			return products;
		}
		Map<UUID, Integer> available = this.stock.of(products.stream().map(ProductView::id).toList());
		return products.stream()
			.map((product) -> product.withAmountInStock(available.getOrDefault(product.id(), product.amountInStock())))
			.toList();
	}

	/**
	 * A product read from the database, bypassing the cache; for answers to changes made
	 * in the current transaction.
	 * @param id the product id
	 * @return the product, unless it does not exist or was deleted
	 */
	public Optional<ProductView> load(UUID id) {
		return this.jdbc
			.sql("SELECT " + ProductSearchSql.COLUMNS + " FROM product p WHERE p.id = :id AND p.deleted_at IS NULL")
			.param("id", id)
			.query(ProductQueries::row)
			.optional()
			.map((row) -> row.view(images(List.of(id)).getOrDefault(id, List.of())));
	}

	private Listing<ProductView> searchUncached(ProductFilter filter, Pageable pageable) {
		ProductSearchSql sql = ProductSearchSql.of(filter, this.properties.lowStockThreshold());
		List<Row> rows = this.jdbc.sql(sql.page(pageable))
			.params(sql.pageParams(pageable))
			.query(ProductQueries::row)
			.list();
		long total = Listing.total(pageable.getPageNumber(), pageable.getPageSize(), rows.size(),
				() -> this.jdbc.sql(sql.count()).params(sql.params()).query(Long.class).single());
		Map<UUID, List<ProductView.ImageRef>> images = rows.isEmpty() ? Map.of()
				: images(rows.stream().map(Row::id).toList());
		return new Listing<>(rows.stream().map((row) -> row.view(images.getOrDefault(row.id(), List.of()))).toList(),
				pageable.getPageNumber(), pageable.getPageSize(), total);
	}

	private Map<UUID, List<ProductView.ImageRef>> images(List<UUID> productIds) {
		Map<UUID, List<ProductView.ImageRef>> images = new HashMap<>();
		this.jdbc.sql("SELECT id, product_id FROM product_image WHERE product_id IN (:ids) ORDER BY created_at, id")
			.param("ids", productIds)
			.query((rs) -> {
				UUID productId = rs.getObject("product_id", UUID.class);
				images.computeIfAbsent(productId, (key) -> new ArrayList<>())
					.add(ProductView.ImageRef.of(productId, rs.getObject("id", UUID.class)));
			});
		return images;
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getBigDecimal("price"), rs.getString("currency"), rs.getObject("category_id", UUID.class),
				rs.getObject("sub_category_id", UUID.class), rs.getInt("amount_in_stock"),
				rs.getBigDecimal("rating_average"), rs.getInt("rating_count"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getLong("version"));
	}

	private record Row(UUID id, String name, String description, BigDecimal price, String currency, UUID categoryId,
			UUID subCategoryId, int amountInStock, BigDecimal ratingAverage, int ratingCount, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, long version) {

		ProductView view(List<ProductView.ImageRef> images) {
			return new ProductView(this.id, this.name, this.description, this.price, this.currency, this.categoryId,
					this.subCategoryId, this.amountInStock, this.ratingAverage, this.ratingCount, images,
					this.createdAt.toInstant(), this.updatedAt.toInstant(), this.version);
		}

	}

}
