package nexus.gateway.docs;

import nexus.events.AsyncApiDocument;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /asyncapi.json}: the AsyncAPI 3 document of every topic and event type, built
 * from the contracts in common-events.
 */
@RestController
class AsyncApiController {

	private final String document = AsyncApiDocument.json();

	@GetMapping(path = "/asyncapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	String asyncApi() {
		return this.document;
	}

}
