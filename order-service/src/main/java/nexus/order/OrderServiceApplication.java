package nexus.order;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * order-service: carts, orders, payments and the order saga.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// Scheduled jobs: the saga deadline sweeper, the payment poller and payment
// reconciliation.
@EnableScheduling
public class OrderServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(OrderServiceApplication.class, args);
	}

}
