package nexus.catalog.review.web;

import nexus.platform.security.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone may read reviews, many products' at once too (a product's own reviews are public
 * with the product).
 */
@Configuration(proxyBeanMethods = false)
class PublicReviewEndpoints {

	@Bean
	PublicEndpoints publicReviewBatches() {
		return PublicEndpoints.of(HttpMethod.GET, "/api/catalog/reviews");
	}

}
