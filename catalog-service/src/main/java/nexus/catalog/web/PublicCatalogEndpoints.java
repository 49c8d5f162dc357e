package nexus.catalog.web;

import nexus.platform.security.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone may browse the catalogue: categories, products, their images, reviews and
 * comments. Every write needs a token (and the catalogue's an administrator's).
 */
@Configuration(proxyBeanMethods = false)
class PublicCatalogEndpoints {

	@Bean
	PublicEndpoints publicCatalogReads() {
		return PublicEndpoints.of(HttpMethod.GET, "/api/catalog/categories", "/api/catalog/categories/**",
				"/api/catalog/products", "/api/catalog/products/**");
	}

}
