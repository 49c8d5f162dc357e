package nexus.catalog.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nexus.platform.domain.NotFound;
import nexus.platform.paging.Listing;
import nexus.catalog.product.ProductQueries;
import nexus.catalog.review.ReviewQueries;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads comments on products, with their authors' display names.
 */
@Service
@Transactional
public class CommentService {

	private static final String SELECT = """
			SELECT c.id, c.product_id, c.author_id, COALESCE(a.display_name, '%s') AS author_name, c.body, c.created_at
			FROM comment c LEFT JOIN author a ON a.id = c.author_id
			""".formatted(ReviewQueries.UNKNOWN_AUTHOR);

	private final CommentRepository comments;

	private final ProductQueries products;

	private final JdbcClient jdbc;

	private final Clock clock;

	CommentService(CommentRepository comments, ProductQueries products, JdbcClient jdbc, Clock clock) {
		this.comments = comments;
		this.products = products;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Comments on a product.
	 * @param productId the product
	 * @param authorId who comments
	 * @param body what they say
	 * @return the comment
	 */
	public CommentView create(UUID productId, UUID authorId, String body) {
		requireProduct(productId);
		Comment comment = this.comments
			.save(Comment.of(productId, authorId, body, this.clock.instant().truncatedTo(ChronoUnit.MICROS)));
		this.comments.flush();
		return this.jdbc.sql(SELECT + " WHERE c.id = :id")
			.param("id", comment.id())
			.query(CommentService::row)
			.single();
	}

	/**
	 * A page of a product's comments, newest first.
	 * @param productId the product
	 * @param pageable which page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Listing<CommentView> list(UUID productId, Pageable pageable) {
		requireProduct(productId);
		String direction = pageable.getSort()
			.stream()
			.findFirst()
			.map((order) -> order.getDirection().name())
			.orElse("DESC");
		List<CommentView> page = this.jdbc
			.sql(SELECT + " WHERE c.product_id = :productId ORDER BY c.created_at " + direction + ", c.id " + direction
					+ " LIMIT :limit OFFSET :offset")
			.param("productId", productId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(CommentService::row)
			.list();
		long total = Listing.total(pageable.getPageNumber(), pageable.getPageSize(), page.size(),
				() -> this.jdbc.sql("SELECT count(*) FROM comment WHERE product_id = :productId")
					.param("productId", productId)
					.query(Long.class)
					.single());
		return new Listing<>(page, pageable.getPageNumber(), pageable.getPageSize(), total);
	}

	private void requireProduct(UUID productId) {
		this.products.find(productId).orElseThrow(() -> new NotFound("Product", productId));
	}

	private static CommentView row(ResultSet rs, int rowNum) throws SQLException {
		return new CommentView(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getObject("author_id", UUID.class), rs.getString("author_name"), rs.getString("body"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
