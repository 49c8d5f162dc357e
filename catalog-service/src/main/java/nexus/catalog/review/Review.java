package nexus.catalog.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer's rating of a product: 1 to 5 stars and a comment. One per customer and
 * product; marked a verified purchase when they had bought it by then.
 */
@Entity
@Table(name = "review")
public class Review {

	/** Longest comment. */
	public static final int COMMENT_MAX = 2000;

	@Id
	private UUID id;

	private UUID productId;

	private UUID authorId;

	private int stars;

	private String comment;

	private boolean verifiedPurchase;

	private Instant createdAt;

	protected Review() {
	}

	static Review of(UUID productId, UUID authorId, int stars, String comment, boolean verifiedPurchase, Instant now) {
		if (stars < 1 || stars > 5) {
			throw new IllegalArgumentException("stars must be 1 to 5");
		}
		if (comment == null || comment.isBlank() || comment.length() > COMMENT_MAX) {
			throw new IllegalArgumentException("comment must have 1 to " + COMMENT_MAX + " characters");
		}
		Review review = new Review();
		review.id = UUID.randomUUID();
		review.productId = productId;
		review.authorId = authorId;
		review.stars = stars;
		review.comment = comment.strip();
		review.verifiedPurchase = verifiedPurchase;
		review.createdAt = now;
		return review;
	}

	UUID id() {
		return this.id;
	}

	int stars() {
		return this.stars;
	}

}
