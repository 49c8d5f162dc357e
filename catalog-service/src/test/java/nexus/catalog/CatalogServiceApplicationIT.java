package nexus.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogServiceApplicationIT extends CatalogIntegrationTest {

	@Test
	void startsAndReportsHealthy() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void documentsItsApiWithExamples() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((docs) -> assertThat(docs).contains("/api/catalog/products/{productId}/images")
				.contains("/api/catalog/categories/{categoryId}/sub-categories")
				.contains("\"lowStock\"")
				.contains("Trail running shoe")
				.contains("\"ids\"")
				.contains("/api/catalog/products/{id}/stock-adjustments"));
	}

}
