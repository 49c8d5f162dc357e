package nexus.catalog.product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The SQL of a product list: one filter and order, as a page query and a count query.
 * Every filter and sort has an index of its own (see {@code V1__catalog.sql}); the index
 * test runs {@code EXPLAIN} on exactly these statements.
 */
final class ProductSearchSql {

	static final String COLUMNS = """
			p.id, p.name, p.description, p.price, p.currency, p.category_id, p.sub_category_id,
			p.amount_in_stock, p.rating_average, p.rating_count, p.created_at, p.updated_at, p.version""";

	/**
	 * Sortable properties (as {@code @Paging} maps them) and the expression each sorts
	 * by.
	 */
	private static final Map<String, String> SORTS = Map.of("price", "p.price", "name", "lower(p.name)", "createdAt",
			"p.created_at", "ratingAverage", "p.rating_average");

	private final String where;

	private final Map<String, Object> params;

	private ProductSearchSql(String where, Map<String, Object> params) {
		this.where = where;
		this.params = params;
	}

	static ProductSearchSql of(ProductFilter filter, int lowStockThreshold) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		conditions.add("p.deleted_at IS NULL");
		if (filter.ids() != null) {
			conditions.add("p.id IN (:ids)");
			params.put("ids", filter.ids());
		}
		if (filter.q() != null) {
			conditions.add("p.name ILIKE :namePattern");
			params.put("namePattern", "%" + escapeLike(filter.q()) + "%");
		}
		if (filter.categoryId() != null) {
			conditions.add("p.category_id = :categoryId");
			params.put("categoryId", filter.categoryId());
		}
		if (filter.subCategoryId() != null) {
			conditions.add("p.sub_category_id = :subCategoryId");
			params.put("subCategoryId", filter.subCategoryId());
		}
		if (filter.minPrice() != null) {
			conditions.add("p.price >= :minPrice");
			params.put("minPrice", filter.minPrice());
		}
		if (filter.maxPrice() != null) {
			conditions.add("p.price <= :maxPrice");
			params.put("maxPrice", filter.maxPrice());
		}
		if (filter.minStock() != null) {
			conditions.add("p.amount_in_stock >= :minStock");
			params.put("minStock", filter.minStock());
		}
		if (filter.maxStock() != null) {
			conditions.add("p.amount_in_stock <= :maxStock");
			params.put("maxStock", filter.maxStock());
		}
		if (filter.inStock() != null) {
			conditions.add(filter.inStock() ? "p.amount_in_stock > 0" : "p.amount_in_stock = 0");
		}
		if (filter.lowStock() != null) {
			conditions.add(filter.lowStock() ? "p.amount_in_stock <= :lowStockThreshold"
					: "p.amount_in_stock > :lowStockThreshold");
			params.put("lowStockThreshold", lowStockThreshold);
		}
		return new ProductSearchSql(String.join(" AND ", conditions), params);
	}

	/**
	 * The page query; binds {@code limit} and {@code offset} besides {@link #params()}.
	 * @param pageable page and order; the order must use sortable properties only
	 * @return the SQL
	 */
	String page(Pageable pageable) {
		return "SELECT " + COLUMNS + " FROM product p WHERE " + this.where + " ORDER BY " + orderBy(pageable.getSort())
				+ " LIMIT :limit OFFSET :offset";
	}

	String count() {
		return "SELECT count(*) FROM product p WHERE " + this.where;
	}

	Map<String, Object> params() {
		return this.params;
	}

	Map<String, Object> pageParams(Pageable pageable) {
		Map<String, Object> all = new LinkedHashMap<>(this.params);
		all.put("limit", pageable.getPageSize());
		all.put("offset", pageable.getOffset());
		return all;
	}

	private static String orderBy(Sort sort) {
		List<String> orders = new ArrayList<>();
		Sort.Direction tieBreak = Sort.Direction.DESC;
		for (Sort.Order order : sort) {
			String expression = SORTS.get(order.getProperty());
			if (expression == null) {
				throw new IllegalArgumentException("Not a sortable product property: " + order.getProperty());
			}
			if (orders.isEmpty()) {
				tieBreak = order.getDirection();
			}
			orders.add(expression + " " + order.getDirection().name());
		}
		if (orders.isEmpty()) {
			orders.add("p.created_at DESC");
		}
		// The id makes the order total, so pages never overlap; it runs the same way as
		// the first key, so one index serves both.
		orders.add("p.id " + tieBreak.name());
		return String.join(", ", orders);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
