package nexus.order;

import java.util.List;
import java.util.UUID;

import nexus.testsupport.OpenApiContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carts, orders and payments against their own OpenAPI document: every documented
 * operation, called with a request made from the document, answers a documented status
 * with a body that matches the documented schema (docs/api.md, ADR 0011); the headers the
 * operations need are marked required.
 */
class OrderContractIT extends OrderServiceIntegrationTest {

	@Test
	void everyOperationAnswersAsItsDocumentSays() {
		UUID customer = UUID.randomUUID();
		UUID product = givenProduct("Contract cup", "9.99");
		UUID order = order(customer, product, 1);

		OpenApiContract contract = OpenApiContract.of("http://localhost:" + this.port);
		List<String> violations = contract.token(customer(customer))
			.value("id", order)
			.value("productId", product)
			.value("orderId", order)
			.check();

		assertThat(violations).isEmpty();
		JsonNode place = contract.document().at("/paths/~1api~1orders/post/parameters");
		assertThat(place.toString()).contains("\"name\":\"Idempotency-Key\"").contains("\"required\":true");
		assertThat(contract.document().at("/paths/~1api~1payments~1webhook/post/parameters/0/required").asBoolean())
			.isTrue();
	}

}
