package nexus.catalog.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An image of a product, its bytes kept in the database (as the ER diagram has it).
 * Immutable: a new picture is a new image, so its id and digest can be cached for good.
 */
@Entity
@Table(name = "product_image")
public class ProductImage {

	@Id
	private UUID id;

	private UUID productId;

	private String contentType;

	private int sizeBytes;

	private String sha256;

	@Column(name = "image")
	private byte[] content;

	private Instant createdAt;

	protected ProductImage() {
	}

	static ProductImage of(UUID productId, ImageType type, byte[] content, Instant now) {
		ProductImage image = new ProductImage();
		image.id = UUID.randomUUID();
		image.productId = productId;
		image.contentType = type.mediaType();
		image.content = content.clone();
		image.sizeBytes = content.length;
		image.sha256 = sha256(content);
		image.createdAt = now;
		return image;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	UUID id() {
		return this.id;
	}

	ImageContent content() {
		return new ImageContent(this.id, this.contentType, this.sha256, this.content.clone());
	}

}
