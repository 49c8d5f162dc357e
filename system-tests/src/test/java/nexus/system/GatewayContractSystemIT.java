package nexus.system;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nexus.launcher.GatewayClient.Response;
import nexus.testsupport.OpenApiContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three services' OpenAPI documents, as the gateway serves them (the Swagger UI's
 * {@code /service-docs/<service>}), against the real stack through the gateway: every
 * documented operation, called with a request made from the document, answers a
 * documented status with a body that matches the documented schema. Each service's own
 * contract test checks the service alone; this one checks what a client meets, the
 * gateway's own answers (401, 403, 413, 429, 503) included.
 */
class GatewayContractSystemIT {

	private static Api api;

	private static String gateway;

	@BeforeAll
	static void nexus() {
		gateway = RunningNexus.stack().gatewayUrl();
		api = new Api(gateway);
	}

	@Test
	void userServicesDocumentHoldsThroughTheGateway() {
		// A customer of the contract's own: signing out everywhere and changing the
		// password touch only this account.
		String email = "contract-" + UUID.randomUUID() + "@example.com";
		String password = "correct horse battery";
		Response registered = api.post("/api/auth/register", null,
				Map.of("email", email, "password", password, "firstName", "Con", "lastName", "Tract"));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		Response login = api.post("/api/auth/login", null, Map.of("email", email, "password", password));
		assertThat(login.status()).as(login.toString()).isEqualTo(200);

		List<String> violations = contract("user-service").token(login.json().path("accessToken").asString())
			.value("id", registered.json().path("id").asString())
			.value("email", email)
			.value("password", password)
			.value("refreshToken", login.json().path("refreshToken").asString())
			.check();

		assertThat(violations).isEmpty();
	}

	@Test
	void catalogServicesDocumentHoldsThroughTheGateway() {
		String admin = api.admin();
		String product = api.newProduct(admin, "12.50", 5);
		String category = api.get("/api/catalog/products/" + product, null).json().path("categoryId").asString();
		Response subCategory = api.post("/api/catalog/categories/" + category + "/sub-categories", admin,
				Map.of("name", "Contract sub-category"));
		assertThat(subCategory.status()).as(subCategory.toString()).isEqualTo(201);

		List<String> violations = contract("catalog-service").token(admin)
			.value("id", product)
			.value("productId", product)
			.value("categoryId", category)
			.value("subCategoryId", subCategory.json().path("id").asString())
			// Multipart: BrowserSystemIT and the service's ImageApiIT upload images.
			.skip("POST /api/catalog/products/{productId}/images")
			.check();

		assertThat(violations).isEmpty();
	}

	@Test
	void orderServicesDocumentHoldsThroughTheGateway() {
		String product = api.newProduct(api.admin(), "4.20", 5);
		String customer = api.newCustomer();
		String order = api.order(customer, product, 1);

		List<String> violations = contract("order-service").token(customer)
			.value("id", order)
			.value("orderId", order)
			.value("productId", product)
			.check();

		assertThat(violations).isEmpty();
	}

	private static OpenApiContract contract(String service) {
		return OpenApiContract.of(gateway, gateway + "/service-docs/" + service);
	}

}
