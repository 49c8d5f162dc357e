package nexus.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A product as clients see it.
 *
 * @param id the product id
 * @param name its name
 * @param description its description, if any
 * @param price unit price, two decimals
 * @param currency ISO 4217 code
 * @param categoryId its category
 * @param subCategoryId its sub-category, if any
 * @param amountInStock units available to order now
 * @param ratingAverage average stars of its reviews, 0 without reviews
 * @param ratingCount number of reviews
 * @param images its images
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version grows with every change of the product (not with its stock); its ETag
 */
public record ProductView(UUID id, @Schema(example = "Trail running shoe") String name,
		@Schema(example = "Light, grippy and waterproof.", types = {
				"string", "null" }) String description,
		@Schema(example = "89.90") BigDecimal price, @Schema(example = "USD") String currency, UUID categoryId,
		@Schema(types = { "string", "null" }, format = "uuid",
				description = "Its sub-category, or null for none") UUID subCategoryId,
		@Schema(example = "42") int amountInStock, @Schema(example = "4.50") BigDecimal ratingAverage,
		@Schema(example = "12") int ratingCount, List<ImageRef> images, Instant createdAt, Instant updatedAt,
		@Schema(example = "3") long version){

	public ProductView {
		images = List.copyOf(images);
	}

	/**
	 * The same product with other available stock, as its inventory holds it now.
	 * @param available units available
	 * @return the product
	 */
	public ProductView withAmountInStock(int available) {
		return new ProductView(this.id, this.name, this.description, this.price, this.currency, this.categoryId,
				this.subCategoryId, available, this.ratingAverage, this.ratingCount, this.images, this.createdAt,
				this.updatedAt, this.version);
	}

	/**
	 * An image of a product.
	 *
	 * @param id the image id
	 * @param url where its bytes are served
	 */
	public record ImageRef(UUID id, String url) {

		/**
		 * The reference of an image.
		 * @param productId its product
		 * @param imageId the image
		 * @return the reference
		 */
		public static ImageRef of(UUID productId, UUID imageId) {
			return new ImageRef(imageId, "/api/catalog/products/" + productId + "/images/" + imageId);
		}

	}

}
