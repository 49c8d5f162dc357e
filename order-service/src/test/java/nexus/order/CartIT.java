package nexus.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import nexus.events.catalog.ProductDeleted;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.awaitility.Awaitility.await;

/**
 * The cart over HTTP. Tests run with {@code nexus.cart.max-lines=3}.
 */
class CartIT extends OrderServiceIntegrationTest {

	@Test
	void addingAddsToTheLineAndTotalsComeFromTheProductCopy() {
		UUID customer = UUID.randomUUID();
		UUID cup = givenProduct("Cup", "19.99");
		UUID tea = givenProduct("Tea", "4.25");

		add(customer, cup, 2).expectStatus().isOk();
		add(customer, cup, 1).expectStatus().isOk();
		add(customer, tea, 4).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[0].name")
			.isEqualTo("Cup")
			.jsonPath("$.items[0].quantity")
			.isEqualTo(3)
			.jsonPath("$.items[0].lineTotal")
			.isEqualTo(59.97)
			.jsonPath("$.totalAmount")
			.isEqualTo(76.97)
			.jsonPath("$.currency")
			.isEqualTo("USD");
	}

	@Test
	void linesAreChangedRemovedAndTheCartCleared() {
		UUID customer = UUID.randomUUID();
		UUID cup = givenProduct("Cup", "10.00");
		UUID tea = givenProduct("Tea", "2.00");
		add(customer, cup, 1);
		add(customer, tea, 1);

		send(customer, this.http.patch().uri("/api/cart/items/{id}", cup), Map.of("quantity", 7)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalAmount")
			.isEqualTo(72.0);
		this.http.delete()
			.uri("/api/cart/items/{id}", tea)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1);
		this.http.delete()
			.uri("/api/cart/items/{id}", tea)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.delete()
			.uri("/api/cart")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isNoContent();
		view(customer).jsonPath("$.items").isEmpty().jsonPath("$.totalAmount").isEqualTo(0.0);
	}

	@Test
	void badQuantitiesUnknownProductsAndOverfullCartsAreRefused() {
		UUID customer = UUID.randomUUID();
		UUID cup = givenProduct("Cup", "1.00");

		add(customer, cup, 0).expectStatus().isBadRequest();
		add(customer, cup, 100).expectStatus().isBadRequest();
		add(customer, UUID.randomUUID(), 1).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/unknown-product");
		add(customer, cup, 60).expectStatus().isOk();
		add(customer, cup, 40).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/quantity-limit");
		add(customer, givenProduct("A", "1.00"), 1).expectStatus().isOk();
		add(customer, givenProduct("B", "1.00"), 1).expectStatus().isOk();
		add(customer, givenProduct("C", "1.00"), 1).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/cart-full");
		view(customer).jsonPath("$.items.length()")
			.isEqualTo(3)
			.jsonPath("$.items[?(@.name == 'Cup')].quantity")
			.isEqualTo(java.util.List.of(60));
	}

	@Test
	void aProductThatLeftTheCatalogueIsFlaggedAndLeftOutOfTheTotal() {
		UUID customer = UUID.randomUUID();
		UUID cup = givenProduct("Cup", "5.00");
		UUID vase = givenProduct("Vase", "30.00");
		add(customer, cup, 2);
		add(customer, vase, 1);

		publish(new ProductDeleted(vase, "Vase", new BigDecimal("30.00"), "USD", false, Instant.now()));
		await().until(() -> this.jdbc.sql("SELECT deleted FROM product_copy WHERE id = :id")
			.param("id", vase)
			.query(Boolean.class)
			.single());

		view(customer).jsonPath("$.items[?(@.name == 'Vase')].available")
			.isEqualTo(java.util.List.of(false))
			.jsonPath("$.totalAmount")
			.isEqualTo(10.0);
		add(customer, vase, 1).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/product-unavailable");
	}

	@Test
	void everyCustomerHasACartOfTheirOwn() {
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		UUID cup = givenProduct("Cup", "3.00");

		add(alice, cup, 2);

		view(bob).jsonPath("$.items").isEmpty();
		view(alice).jsonPath("$.items[0].quantity").isEqualTo(2);
		this.http.get().uri("/api/cart").exchange().expectStatus().isUnauthorized();
	}

	private RestTestClient.ResponseSpec add(UUID customer, UUID product, int quantity) {
		return send(customer, this.http.post().uri("/api/cart/items"),
				Map.of("productId", product, "quantity", quantity));
	}

	private RestTestClient.ResponseSpec send(UUID customer, RestTestClient.RequestBodySpec request, Object body) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.BodyContentSpec view(UUID customer) {
		return this.http.get()
			.uri("/api/cart")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
