package nexus.system;

import java.util.List;

import nexus.launcher.DemoData;
import nexus.launcher.LauncherSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data {@code ./run.sh} loads on a first start (the test stack loads it the same
 * way): a catalogue a person can shop in, and the demo customer.
 */
class DemoDataSystemIT {

	@Test
	void theDemoCatalogueHasCategoriesPicturesAndStockAndLoadingAgainChangesNothing() {
		String gateway = RunningNexus.stack().gatewayUrl();
		Api api = new Api(gateway);

		List<String> categories = api.get("/api/catalog/categories?size=100", null)
			.json()
			.path("content")
			.valueStream()
			.map((category) -> category.path("name").asString())
			.toList();
		assertThat(categories).contains("Kitchen", "Outdoors", "Books", "Audio", "Office");
		assertThat(products(api, "q=kettle")).isEqualTo(5);
		assertThat(products(api, "inStock=false")).isPositive();
		JsonNode expensive = api.get("/api/catalog/products?minPrice=6400&size=1", null).json().path("content").get(0);
		assertThat(expensive.path("price").decimalValue()).isEqualByComparingTo("6499.00");
		assertThat(api.get(expensive.path("images").get(0).path("url").asString(), null).status()).isEqualTo(200);
		assertThat(api.login(LauncherSettings.CUSTOMER_EMAIL, LauncherSettings.CUSTOMER_PASSWORD)).isNotBlank();

		long before = products(api, "size=1");
		assertThat(new DemoData(gateway).load()).startsWith("demo data present");
		assertThat(products(api, "size=1")).isEqualTo(before);
	}

	private static long products(Api api, String query) {
		return api.get("/api/catalog/products?" + query, null).json().path("page").path("totalElements").asLong();
	}

}
