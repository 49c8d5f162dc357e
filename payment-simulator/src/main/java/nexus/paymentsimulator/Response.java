package nexus.paymentsimulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An HTTP answer: status and JSON body.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
record Response(int status, ObjectNode body) {

	static Response ok(ObjectNode body) {
		return new Response(200, body);
	}

	/**
	 * A Stripe-style error: {@code {"error": {"type", "code", "message"}}}.
	 */
	static Response error(int status, String type, @Nullable String code, String message) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		ObjectNode error = body.putObject("error");
		error.put("type", type);
		if (code != null) {
			error.put("code", code);
		}
		error.put("message", message);
		return new Response(status, body);
	}

	static Response notFound(String what, String id) {
		return error(404, "invalid_request_error", "resource_missing", "No such " + what + ": '" + id + "'");
	}

	static Response badRequest(String code, String message) {
		return error(400, "invalid_request_error", code, message);
	}

}
