package nexus.gateway.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The services' REST representations, read as they come (unknown fields ignored) and
 * served as GraphQL objects of the same field names (schema.graphqls).
 */
final class ApiTypes {

	private ApiTypes() {
	}

	record PageInfo(int size, int number, long totalElements, int totalPages) {
	}

	record Page<T>(List<T> content, PageInfo page) {
	}

	record User(UUID id, String email, String firstName, String lastName, String role, Boolean active) {
	}

	record Session(UUID id, String createdAt, String lastUsedAt, String clientAddress, String userAgent,
			boolean current) {
	}

	record AuthTokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
	}

	record SubCategory(UUID id, UUID categoryId, String name) {
	}

	record Category(UUID id, String name, List<SubCategory> subCategories, Instant createdAt, Instant updatedAt) {

		Category {
			subCategories = (subCategories != null) ? subCategories : List.of();
		}

	}

	record ProductImage(UUID id, String url) {
	}

	record StockLevel(UUID productId, int available, int reserved) {
	}

	record Product(UUID id, String name, String description, BigDecimal price, String currency, UUID categoryId,
			UUID subCategoryId, int amountInStock, BigDecimal ratingAverage, int ratingCount, List<ProductImage> images,
			Instant createdAt, Instant updatedAt, Long version) {

		Product {
			images = (images != null) ? images : List.of();
		}

	}

	record Review(UUID id, UUID productId, UUID authorId, String authorName, int stars, String comment,
			boolean verifiedPurchase, Instant createdAt) {
	}

	record Comment(UUID id, UUID productId, UUID authorId, String authorName, String body, Instant createdAt) {
	}

	record CartItem(UUID productId, String name, BigDecimal unitPrice, int quantity, BigDecimal lineTotal,
			Boolean available) {
	}

	record Cart(List<CartItem> items, BigDecimal totalAmount, String currency) {
	}

	record OrderItem(UUID productId, String name, BigDecimal unitPrice, int quantity) {
	}

	record Order(UUID id, String status, String statusReason, List<OrderItem> items, BigDecimal totalAmount,
			String currency, Instant createdAt, Instant updatedAt) {
	}

	record Payment(UUID id, UUID orderId, BigDecimal amount, String currency, String status, String failureReason,
			String providerReference, Instant createdAt) {
	}

}
