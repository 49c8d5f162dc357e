package nexus.catalog.image;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import nexus.platform.domain.NotFound;
import nexus.platform.domain.RuleViolation;
import nexus.platform.domain.InvalidValue;
import nexus.catalog.product.Product;
import nexus.catalog.product.ProductRepository;
import nexus.catalog.product.ProductView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, serves and removes product images. Adding or removing one changes the product
 * (its image list is part of it): its version grows and {@code ProductUpdated} is
 * published.
 */
@Service
@Transactional
public class ImageService {

	private final ImageRepository images;

	private final ProductRepository products;

	private final ImageProperties properties;

	private final Clock clock;

	ImageService(ImageRepository images, ProductRepository products, ImageProperties properties, Clock clock) {
		this.images = images;
		this.products = products;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Adds an image to a product: it must decode, fit the size limits, and is stored
	 * encoded again without its metadata.
	 * @param productId the product
	 * @param content the uploaded file's bytes
	 * @return the new image
	 */
	public ProductView.ImageRef add(UUID productId, byte[] content) {
		if (content.length == 0) {
			throw new InvalidValue("file", "must not be empty");
		}
		if (content.length > this.properties.maxSize().toBytes()) {
			throw new UnacceptableImage(UnacceptableImage.Reason.TOO_LARGE,
					"An image may have at most " + this.properties.maxSize().toBytes() + " bytes");
		}
		ImageType type = ImageType.of(content)
			.orElseThrow(() -> new UnacceptableImage(UnacceptableImage.Reason.UNSUPPORTED_TYPE,
					"The file is not a PNG, JPEG or WebP image"));
		ImageReencoding.Reencoded clean = ImageReencoding.reencode(content, type, this.properties.maxWidth(),
				this.properties.maxHeight());
		Product product = liveProduct(productId);
		if (this.images.countByProductId(productId) >= this.properties.maxPerProduct()) {
			throw new RuleViolation("too-many-images", "Too many images", "file",
					"A product may have at most " + this.properties.maxPerProduct() + " images");
		}
		Instant now = now();
		ProductImage image = this.images.save(ProductImage.of(productId, clean.type(), clean.bytes(), now));
		productChanged(product, now);
		return ProductView.ImageRef.of(productId, image.id());
	}

	/**
	 * An image's bytes.
	 * @param productId its product
	 * @param imageId the image
	 * @return the content
	 */
	@Transactional(readOnly = true)
	public ImageContent content(UUID productId, UUID imageId) {
		this.products.findById(productId)
			.filter(Product::isAvailable)
			.orElseThrow(() -> new NotFound("Product", productId));
		return this.images.findByIdAndProductId(imageId, productId)
			.map(ProductImage::content)
			.orElseThrow(() -> new NotFound("Image", imageId));
	}

	/**
	 * Removes an image.
	 * @param productId its product
	 * @param imageId the image
	 */
	public void remove(UUID productId, UUID imageId) {
		Product product = liveProduct(productId);
		ProductImage image = this.images.findByIdAndProductId(imageId, productId)
			.orElseThrow(() -> new NotFound("Image", imageId));
		this.images.delete(image);
		productChanged(product, now());
	}

	private Product liveProduct(UUID productId) {
		// Locked: the image count check and the version bump apply one upload at a time.
		return this.products.lock(productId)
			.filter(Product::isAvailable)
			.orElseThrow(() -> new NotFound("Product", productId));
	}

	private void productChanged(Product product, Instant now) {
		product.touch(now);
		this.products.save(product);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
