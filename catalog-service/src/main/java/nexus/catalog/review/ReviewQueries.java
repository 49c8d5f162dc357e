package nexus.catalog.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
