package nexus.user;

import nexus.platform.security.PublicEndpoints;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * user-service: accounts, login, tokens and the keys that verify them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// Scheduled jobs: pruning login throttles and spent refresh tokens.
@EnableScheduling
public class UserServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(UserServiceApplication.class, args);
	}

	@Bean
	PublicEndpoints authenticationEndpoints() {
		return PublicEndpoints.of(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/refresh",
				"/api/auth/logout");
	}

	@Bean
	PublicEndpoints publicKeys() {
		return PublicEndpoints.of(HttpMethod.GET, "/.well-known/jwks.json");
	}

}
