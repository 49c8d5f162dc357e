package nexus.user.auth.web;

import nexus.platform.security.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The endpoints through which a client gets a token (registration, login, refresh,
 * logout) need none.
 */
@Configuration(proxyBeanMethods = false)
class PublicAuthenticationEndpoints {

	@Bean
	PublicEndpoints authenticationEndpoints() {
		return PublicEndpoints.of(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/refresh",
				"/api/auth/logout");
	}

}
