package nexus.catalog.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nexus.platform.paging.Listing;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads reviews with their authors' display names (as of now, from user events).
 */
@Component
public class ReviewQueries {

	/** Shown for an author whose name has not reached the catalogue (yet). */
	public static final String UNKNOWN_AUTHOR = "Customer";

	private static final String SELECT = """
			SELECT r.id, r.product_id, r.author_id, COALESCE(a.display_name, '%s') AS author_name, r.stars, r.comment,
			       r.verified_purchase, r.created_at
			FROM review r LEFT JOIN author a ON a.id = r.author_id
			""".formatted(UNKNOWN_AUTHOR);

	private static final Map<String, String> SORTS = Map.of("createdAt", "r.created_at", "stars", "r.stars");

	private final JdbcClient jdbc;

	ReviewQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of a product's reviews.
	 * @param productId the product
	 * @param pageable which page, sorted by {@code createdAt} or {@code stars}
	 * @return the page
	 */
	public Listing<ReviewView> list(UUID productId, Pageable pageable) {
		List<ReviewView> reviews = this.jdbc
			.sql(SELECT + " WHERE r.product_id = :productId ORDER BY " + orderBy(pageable.getSort())
					+ " LIMIT :limit OFFSET :offset")
			.param("productId", productId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ReviewQueries::review)
			.list();
		long total = Listing.total(pageable.getPageNumber(), pageable.getPageSize(), reviews.size(),
				() -> this.jdbc.sql("SELECT count(*) FROM review WHERE product_id = :productId")
					.param("productId", productId)
					.query(Long.class)
					.single());
		return new Listing<>(reviews, pageable.getPageNumber(), pageable.getPageSize(), total);
	}

	/**
	 * The same page of each of many products' reviews, in one query: what the gateway
	 * loads for {@code products { reviews }} instead of one call per product.
	 * @param productIds the products, in the order the answer keeps
	 * @param pageable which page of each, sorted by {@code createdAt} or {@code stars}
	 * @return each product that exists (and is not deleted) with its page, in the given
	 * order; unknown and deleted products are left out
	 */
	public Map<UUID, Listing<ReviewView>> pagesOf(List<UUID> productIds, Pageable pageable) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		List<UUID> live = this.jdbc.sql("SELECT id FROM product WHERE id IN (:ids) AND deleted_at IS NULL")
			.param("ids", productIds)
			.query(UUID.class)
			.list();
		if (live.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<ReviewView>> reviews = new HashMap<>();
		this.jdbc
			.sql("SELECT * FROM ("
					+ SELECT.replace("FROM review r",
							", ROW_NUMBER() OVER (PARTITION BY r.product_id ORDER BY " + orderBy(pageable.getSort())
									+ ") AS position FROM review r")
					+ " WHERE r.product_id IN (:ids)) ranked WHERE position > :offset AND position <= :end"
					+ " ORDER BY product_id, position")
			.param("ids", live)
			.param("offset", pageable.getOffset())
			.param("end", pageable.getOffset() + pageable.getPageSize())
			.query(ReviewQueries::review)
			.list()
			.forEach((review) -> reviews.computeIfAbsent(review.productId(), (id) -> new ArrayList<>()).add(review));
		Map<UUID, Long> totals = this.jdbc
			.sql("SELECT product_id, count(*) AS total FROM review WHERE product_id IN (:ids) GROUP BY product_id")
			.param("ids", live)
			.query((rs, rowNum) -> Map.entry(rs.getObject("product_id", UUID.class), rs.getLong("total")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Set<UUID> found = new HashSet<>(live);
		Map<UUID, Listing<ReviewView>> pages = new LinkedHashMap<>();
		for (UUID id : productIds) {
			if (found.contains(id)) {
				pages.put(id, new Listing<>(reviews.getOrDefault(id, List.of()), pageable.getPageNumber(),
						pageable.getPageSize(), totals.getOrDefault(id, 0L)));
			}
		}
		return pages;
	}

	Optional<ReviewView> load(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(ReviewQueries::review).optional();
	}

	private static String orderBy(Sort sort) {
		String orders = sort.stream()
			.map((order) -> SORTS.get(order.getProperty()) + " " + order.getDirection().name())
			.collect(Collectors.joining(", "));
		return (orders.isEmpty() ? "r.created_at DESC" : orders) + ", r.id DESC";
	}

	private static ReviewView review(ResultSet rs, int rowNum) throws SQLException {
		return new ReviewView(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getObject("author_id", UUID.class), rs.getString("author_name"), rs.getInt("stars"),
				rs.getString("comment"), rs.getBoolean("verified_purchase"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
