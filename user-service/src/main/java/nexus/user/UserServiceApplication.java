package nexus.user;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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

}
