package nexus.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nexus.catalog.product.ProductView;
import nexus.platform.web.PageResponse;
import nexus.testsupport.TestTokens;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Drives the catalogue over real HTTP, as an administrator, a customer or anyone.
 */
public final class CatalogClient {

	/** A page of products. */
	public static final ParameterizedTypeReference<PageResponse<ProductView>> PRODUCT_PAGE = new ParameterizedTypeReference<>() {
	};

	private final RestTestClient http;

	private final String adminToken = TestTokens.admin(UUID.randomUUID());

	public CatalogClient(int port) {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	public RestTestClient http() {
		return this.http;
	}

	public String adminToken() {
		return this.adminToken;
	}

	/**
	 * A request as an administrator.
	 * @param method the method
	 * @param uri the path
	 * @param body the JSON body, or {@code null}
	 * @return the response
	 */
	public RestTestClient.ResponseSpec asAdmin(String method, String uri, Object body) {
		return as(this.adminToken, method, uri, body);
	}

	/**
	 * A change as an administrator, as of a version read before.
	 * @param method the method
	 * @param uri the path
	 * @param body the JSON body
	 * @param version the version read, sent as {@code If-Match}
	 * @return the response
	 */
	public RestTestClient.ResponseSpec asAdmin(String method, String uri, Object body, long version) {
		return this.http.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.adminToken)
			.header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	/**
	 * A request with a given token.
	 * @param token the bearer token, or {@code null} for none
	 * @param method the method
	 * @param uri the path
	 * @param body the JSON body, or {@code null}
	 * @return the response
	 */
	public RestTestClient.ResponseSpec as(String token, String method, String uri, Object body) {
		RestTestClient.RequestBodySpec request = this.http.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(uri);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange();
	}

	public UUID createCategory(String name) {
		return id(asAdmin("POST", "/api/catalog/categories", Map.of("name", name)).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody());
	}

	public UUID createSubCategory(UUID categoryId, String name) {
		return id(asAdmin("POST", "/api/catalog/categories/" + categoryId + "/sub-categories", Map.of("name", name))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody());
	}

	/**
	 * Creates a product.
	 * @param name its name
	 * @param price its price
	 * @param categoryId its category
	 * @param stock units available
	 * @return the product
	 */
	public ProductView createProduct(String name, String price, UUID categoryId, int stock) {
		return createProduct(product(name, price, categoryId, stock));
	}

	public ProductView createProduct(Map<String, Object> body) {
		return asAdmin("POST", "/api/catalog/products", body).expectStatus()
			.isCreated()
			.expectBody(ProductView.class)
			.returnResult()
			.getResponseBody();
	}

	public ProductView product(UUID id) {
		return this.http.get()
			.uri("/api/catalog/products/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ProductView.class)
			.returnResult()
			.getResponseBody();
	}

	public PageResponse<ProductView> products(String query) {
		return this.http.get()
			.uri("/api/catalog/products?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PRODUCT_PAGE)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * A product request body.
	 * @param name its name
	 * @param price its price
	 * @param categoryId its category
	 * @param stock units available
	 * @return the body, to change further
	 */
	public static Map<String, Object> product(String name, String price, UUID categoryId, int stock) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("description", "About " + name);
		body.put("price", new java.math.BigDecimal(price));
		body.put("currency", "USD");
		body.put("categoryId", categoryId);
		body.put("amountInStock", stock);
		return body;
	}

	private static UUID id(Map<?, ?> body) {
		return UUID.fromString((String) body.get("id"));
	}

}
