package nexus.gateway.ops;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the operator's console reads from each service: its own actuator endpoints,
 * reached through the gateway under {@code /ops/api/<service>/actuator/...}. The gateway
 * lets only administrators through (the services check the token again), and only to the
 * endpoints the console needs: health, metrics, dead letters, and order-service's order
 * activity.
 */
@Configuration(proxyBeanMethods = false)
class OpsRoutes {

	@Bean
	RouteLocator consoleRoutes(RouteLocatorBuilder builder, OpsProperties properties) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		properties.services().forEach((service, url) -> {
			String prefix = "/ops/api/" + service + "/actuator";
			routes.route("ops-" + service,
					(route) -> route
						.path(prefix + "/health", prefix + "/health/**", prefix + "/prometheus",
								prefix + "/deadletters", prefix + "/deadletters/**", prefix + "/orderactivity")
						.filters((filters) -> filters.rewritePath("/ops/api/" + service + "/(?<rest>.*)", "/${rest}"))
						.uri(url));
		});
		return routes.build();
	}

}
