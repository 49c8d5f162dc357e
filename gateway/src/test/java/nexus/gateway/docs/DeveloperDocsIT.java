package nexus.gateway.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nexus.events.AsyncApiDocument;
import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class DeveloperDocsIT extends GatewayTestBase {

	@Test
	void graphiqlIsServedWithEveryAssetFromTheGatewayItself() {
		String page = this.http.get()
			.uri("/graphiql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).doesNotContain("http://", "https://", "${");
		Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page);
		int count = 0;
		while (assets.find()) {
			this.http.get().uri(assets.group(1)).exchange().expectStatus().isOk();
			count++;
		}
		assertThat(count).as("stylesheet, React, ReactDOM, GraphiQL, start script").isEqualTo(5);
	}

	@Test
	void theAsyncApiDocumentIsServed() {
		this.http.get()
			.uri("/asyncapi.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.asyncapi")
			.isEqualTo(AsyncApiDocument.ASYNCAPI_VERSION)
			.jsonPath("$.channels.orders.address")
			.isEqualTo("nexus.orders.v1")
			.jsonPath("$.components.messages['nexus.order.OrderPlaced.v1'].payload.required")
			.exists();
	}

}
