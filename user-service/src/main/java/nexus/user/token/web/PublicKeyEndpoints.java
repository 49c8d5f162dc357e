package nexus.user.token.web;

import nexus.platform.security.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The keys that verify tokens are public: every resource server fetches them without one.
 */
@Configuration(proxyBeanMethods = false)
class PublicKeyEndpoints {

	@Bean
	PublicEndpoints publicKeys() {
		return PublicEndpoints.of(HttpMethod.GET, "/.well-known/jwks.json");
	}

}
