package nexus.catalog.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nexus.platform.domain.NotFound;
import nexus.platform.domain.InvalidValue;
import nexus.platform.paging.Listing;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads categories and sub-categories as clients see them, through the cache.
 */
@Component
public class CategoryQueries {

	private static final Map<String, String> SORTS = Map.of("name", "lower(%s.name)", "createdAt", "%s.created_at");

	private static final int Q_MAX = 100;

	private final JdbcClient jdbc;

	private final CategoryCache cache;

	CategoryQueries(JdbcClient jdbc, CategoryCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * A page of categories, each with its sub-categories.
	 * @param q part of the name, any case, or {@code null}
	 * @param ids only these categories, or {@code null}
	 * @param pageable which page, sorted by {@code name} or {@code createdAt}
	 * @return the page
	 */
	public Listing<CategoryView> list(String q, List<UUID> ids, Pageable pageable) {
		Where where = where("c", q, ids, null);
		String key = where.params + "|" + pageable;
		return this.cache.pages.get(key, () -> {
			List<Row> rows = page("category c", "c", where, pageable);
			long total = Listing.total(pageable.getPageNumber(), pageable.getPageSize(), rows.size(),
					() -> count("category c", where));
			Map<UUID, List<SubCategoryView>> subCategories = subCategoriesOf(rows.stream().map(Row::id).toList());
			return new Listing<>(rows.stream()
				.map((row) -> new CategoryView(row.id(), row.name(), subCategories.getOrDefault(row.id(), List.of()),
						row.createdAt().toInstant(), row.updatedAt().toInstant(), row.version()))
				.toList(), pageable.getPageNumber(), pageable.getPageSize(), total);
		});
	}

	/**
	 * One category with its sub-categories, from the cache if it is there.
	 * @param id the category id
	 * @return the category, if it exists
	 */
	public Optional<CategoryView> find(UUID id) {
		return Optional.ofNullable(this.cache.byId.get(id.toString(), () -> load(id).orElse(null)));
	}

	/**
	 * A page of a category's sub-categories.
	 * @param categoryId the category
	 * @param q part of the name, any case, or {@code null}
	 * @param pageable which page, sorted by {@code name} or {@code createdAt}
	 * @return the page
	 * @throws NotFound when the category does not exist
	 */
	public Listing<SubCategoryView> subCategories(UUID categoryId, String q, Pageable pageable) {
		if (find(categoryId).isEmpty()) {
			throw new NotFound("Category", categoryId);
		}
		Where where = where("s", q, null, categoryId);
		String key = where.params + "|" + pageable;
		return this.cache.subCategoryPages.get(key, () -> {
			List<SubCategoryView> rows = this.jdbc.sql(
					"SELECT s.id, s.category_id, s.name, s.created_at, s.updated_at, s.version FROM sub_category s WHERE "
							+ where.sql + " ORDER BY " + orderBy("s", pageable.getSort())
							+ " LIMIT :limit OFFSET :offset")
				.params(pageParams(where, pageable))
				.query(CategoryQueries::subCategory)
				.list();
			long total = Listing.total(pageable.getPageNumber(), pageable.getPageSize(), rows.size(),
					() -> count("sub_category s", where));
			return new Listing<>(rows, pageable.getPageNumber(), pageable.getPageSize(), total);
		});
	}

	Optional<CategoryView> load(UUID id) {
		return this.jdbc
			.sql("SELECT c.id, c.name, c.created_at, c.updated_at, c.version FROM category c WHERE c.id = :id")
			.param("id", id)
			.query(CategoryQueries::row)
			.optional()
			.map((row) -> new CategoryView(row.id(), row.name(),
					subCategoriesOf(List.of(id)).getOrDefault(id, List.of()), row.createdAt().toInstant(),
					row.updatedAt().toInstant(), row.version()));
	}

	Optional<SubCategoryView> loadSubCategory(UUID categoryId, UUID id) {
		return this.jdbc
			.sql("SELECT s.id, s.category_id, s.name, s.created_at, s.updated_at, s.version FROM sub_category s "
					+ "WHERE s.id = :id AND s.category_id = :categoryId")
			.param("id", id)
			.param("categoryId", categoryId)
			.query(CategoryQueries::subCategory)
			.optional();
	}

	private List<Row> page(String table, String alias, Where where, Pageable pageable) {
		return this.jdbc
			.sql("SELECT " + alias + ".id, " + alias + ".name, " + alias + ".created_at, " + alias + ".updated_at, "
					+ alias + ".version FROM " + table + " WHERE " + where.sql + " ORDER BY "
					+ orderBy(alias, pageable.getSort()) + " LIMIT :limit OFFSET :offset")
			.params(pageParams(where, pageable))
			.query(CategoryQueries::row)
			.list();
	}

	private long count(String table, Where where) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + where.sql)
			.params(where.params)
			.query(Long.class)
			.single();
	}

	private Map<UUID, List<SubCategoryView>> subCategoriesOf(List<UUID> categoryIds) {
		if (categoryIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<SubCategoryView>> byCategory = new HashMap<>();
		this.jdbc
			.sql("SELECT s.id, s.category_id, s.name, s.created_at, s.updated_at, s.version FROM sub_category s "
					+ "WHERE s.category_id IN (:ids) ORDER BY lower(s.name), s.id")
			.param("ids", categoryIds)
			.query(CategoryQueries::subCategory)
			.list()
			.forEach((sub) -> byCategory.computeIfAbsent(sub.categoryId(), (key) -> new ArrayList<>()).add(sub));
		return byCategory;
	}

	private static Where where(String alias, String q, List<UUID> ids, UUID categoryId) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		conditions.add("TRUE");
		if (categoryId != null) {
			conditions.add(alias + ".category_id = :categoryId");
			params.put("categoryId", categoryId);
		}
		if (q != null && !q.isBlank()) {
			if (q.strip().length() > Q_MAX) {
				throw new InvalidValue("q", "must have at most " + Q_MAX + " characters");
			}
			conditions.add(alias + ".name ILIKE :namePattern");
			params.put("namePattern",
					"%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (ids != null) {
			conditions.add(alias + ".id IN (:ids)");
			params.put("ids", ids);
		}
		return new Where(String.join(" AND ", conditions), params);
	}

	private static Map<String, Object> pageParams(Where where, Pageable pageable) {
		Map<String, Object> params = new LinkedHashMap<>(where.params);
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		return params;
	}

	private static String orderBy(String alias, Sort sort) {
		List<String> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			String expression = SORTS.get(order.getProperty());
			if (expression == null) {
				throw new IllegalArgumentException("Not a sortable category property: " + order.getProperty());
			}
			orders.add(expression.formatted(alias) + " " + order.getDirection().name());
		}
		if (orders.isEmpty()) {
			orders.add("lower(" + alias + ".name) ASC");
		}
		orders.add(alias + ".id ASC");
		return String.join(", ", orders);
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getLong("version"));
	}

	private static SubCategoryView subCategory(ResultSet rs, int rowNum) throws SQLException {
		return new SubCategoryView(rs.getObject("id", UUID.class), rs.getObject("category_id", UUID.class),
				rs.getString("name"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}

	private record Row(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
