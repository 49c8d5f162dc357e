package nexus.gateway.graphql;

import java.time.Duration;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One client per service, at the same addresses as the REST routes, each with a breaker
 * ({@code graphql-<service>}) and a bulkhead of its own.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

	static final String USERS = "user-service";

	static final String CATALOG = "catalog-service";

	static final String ORDERS = "order-service";

	/** Calls to the services for GraphQL, by service, method, uri and status. */
	static final String CLIENT_METRIC = "nexus.gateway.graphql.client.requests";

	/** Calls in flight to one service for GraphQL; more are refused at once. */
	static final int BULKHEAD = 48;

	@Bean
	Services services(WebClient.Builder builder, ReactiveCircuitBreakerFactory<?, ?> breakers,
			@Value("${USER_SERVICE_URL:http://localhost:8081}") String users,
			@Value("${CATALOG_SERVICE_URL:http://localhost:8082}") String catalog,
			@Value("${ORDER_SERVICE_URL:http://localhost:8083}") String orders) {
		// As many connections as the bulkheads let calls through: none waits for a
		// connection behind another service's calls.
		ConnectionProvider connections = ConnectionProvider.builder("graphql")
			.maxConnections(3 * BULKHEAD)
			.pendingAcquireMaxCount(-1)
			.build();
		HttpClient http = HttpClient.create(connections)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
			.responseTimeout(Duration.ofSeconds(5));
		WebClient.Builder base = builder.clone()
			.clientConnector(new ReactorClientHttpConnector(http))
			// A name of their own: the routes' meters are also http.client.requests, with
			// other
			// tags, and Prometheus refuses one name with two sets of tags.
			.observationConvention(new DefaultClientRequestObservationConvention(CLIENT_METRIC))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024));
		return new Services(client(USERS, users, base, breakers), client(CATALOG, catalog, base, breakers),
				client(ORDERS, orders, base, breakers));
	}

	private static ServiceClient client(String name, String url, WebClient.Builder base,
			ReactiveCircuitBreakerFactory<?, ?> breakers) {
		Bulkhead bulkhead = Bulkhead.of("graphql-" + name,
				BulkheadConfig.custom().maxConcurrentCalls(BULKHEAD).maxWaitDuration(Duration.ZERO).build());
		return new ServiceClient(name, base.clone().baseUrl(url).build(), breakers.create("graphql-" + name), bulkhead);
	}

	/**
	 * The three services.
	 *
	 * @param users user-service
	 * @param catalog catalog-service
	 * @param orders order-service
	 */
	record Services(ServiceClient users, ServiceClient catalog, ServiceClient orders) {
	}

}
