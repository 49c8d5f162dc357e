package nexus.catalog.comment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's comment on a product.
 */
@Entity
@Table(name = "comment")
public class Comment {

	/** Longest body. */
	public static final int BODY_MAX = 2000;

	@Id
	private UUID id;

	private UUID productId;

	private UUID authorId;

	private String body;

	private Instant createdAt;

	protected Comment() {
	}

	static Comment of(UUID productId, UUID authorId, String body, Instant now) {
		if (body == null || body.isBlank() || body.length() > BODY_MAX) {
			throw new IllegalArgumentException("body must have 1 to " + BODY_MAX + " characters");
		}
		Comment comment = new Comment();
		comment.id = UUID.randomUUID();
		comment.productId = productId;
		comment.authorId = authorId;
		comment.body = body.strip();
		comment.createdAt = now;
		return comment;
	}

	UUID id() {
		return this.id;
	}

}
