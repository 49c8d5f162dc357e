package nexus.gateway.docs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GraphiQL at {@code /graphiql}, when {@code GRAPHIQL_ENABLED=true}, with every asset
 * served by the gateway from WebJars: Spring for GraphQL's own page loads them from a CDN
 * and stays blank without internet access.
 */
@RestController
@ConditionalOnBooleanProperty("nexus.gateway.graphiql.enabled")
class GraphiqlController {

	private static final ClassPathResource PAGE = new ClassPathResource("graphiql/index.html");

	@GetMapping(path = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
	ClassPathResource page() {
		return PAGE;
	}

}
