package nexus.gateway.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The services' REST representations, read as they come (unknown fields ignored) and
 * served as GraphQL objects of the same field names (schema.graphqls). What a service may
 * leave out, or write as null, is {@code @Nullable}.
 */
final class ApiTypes {

	private ApiTypes() {
	}

	record PageInfo(int size, int number, long totalElements, int totalPages) {
	}

	record Page<T>(@Nullable List<T> content, PageInfo page) {
	}

	record User(UUID id, String email, String firstName, String lastName, String role, @Nullable Boolean active) {
	}

	record Session(UUID id, @Nullable String createdAt, @Nullable String lastUsedAt, @Nullable String clientAddress,
			@Nullable String userAgent, boolean current) {
	}

	record AuthTokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
	}

	record SubCategory(UUID id, UUID categoryId, String name, @Nullable Long version) {
	}

	record Category(UUID id, String name, @Nullable List<SubCategory> subCategories, @Nullable Instant createdAt,
			@Nullable Instant updatedAt, @Nullable Long version) {

		Category {
			subCategories = (subCategories != null) ? subCategories : List.of();
		}

	}

	record ProductImage(UUID id, String url) {
	}

	record StockLevel(UUID productId, int available, int reserved) {
	}

	record Product(UUID id, String name, @Nullable String description, BigDecimal price, String currency,
			UUID categoryId, @Nullable UUID subCategoryId, int amountInStock, @Nullable BigDecimal ratingAverage,
			int ratingCount, @Nullable List<ProductImage> images, @Nullable Instant createdAt,
			@Nullable Instant updatedAt, @Nullable Long version) {

		Product {
			images = (images != null) ? images : List.of();
		}

	}

	record Review(UUID id, UUID productId, UUID authorId, @Nullable String authorName, int stars, String comment,
			boolean verifiedPurchase, @Nullable Instant createdAt) {
	}

	record Comment(UUID id, UUID productId, UUID authorId, @Nullable String authorName, String body,
			@Nullable Instant createdAt) {
	}

	record CartItem(UUID productId, @Nullable String name, @Nullable BigDecimal unitPrice, int quantity,
			@Nullable BigDecimal lineTotal, @Nullable Boolean available) {
	}

	record Cart(List<CartItem> items, BigDecimal totalAmount, String currency) {
	}

	record OrderItem(UUID productId, String name, BigDecimal unitPrice, int quantity) {
	}

	record Order(UUID id, String status, @Nullable String statusReason, List<OrderItem> items, BigDecimal totalAmount,
			String currency, @Nullable Instant createdAt, @Nullable Instant updatedAt) {
	}

	record Payment(UUID id, UUID orderId, BigDecimal amount, String currency, String status,
			@Nullable String failureReason, @Nullable String providerReference, @Nullable Instant createdAt) {
	}

}
