package nexus.catalog;

import nexus.platform.security.PublicEndpoints;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * catalog-service: categories, products, images, stock, reviews and comments.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// Scheduled jobs: expiring stock reservations.
@EnableScheduling
public class CatalogServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CatalogServiceApplication.class, args);
	}

	/**
	 * Anyone may browse the catalogue: categories, products, their images, reviews and
	 * comments. Every write needs a token (and the catalogue's an administrator's).
	 * @return the public endpoints
	 */
	@Bean
	PublicEndpoints publicCatalogReads() {
		return PublicEndpoints.of(HttpMethod.GET, "/api/catalog/categories", "/api/catalog/categories/**",
				"/api/catalog/products", "/api/catalog/products/**");
	}

}
