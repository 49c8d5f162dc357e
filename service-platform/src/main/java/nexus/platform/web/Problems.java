package nexus.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nexus.platform.observability.CorrelationContext;
import nexus.problems.ProblemTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Builds and writes RFC 9457 problem details in the shape of docs/api.md, for the advice
 * and for filters that answer before a controller runs.
 */
public final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/**
	 * A problem with a type, title and detail.
	 * @param status the HTTP status
	 * @param type the type slug, or {@code null} for the status's generic type
	 * @param title a short summary
	 * @param detail what happened
	 * @return the problem
	 */
	public static ProblemDetail of(HttpStatusCode status, @Nullable String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType((type != null) ? ProblemTypes.of(type) : ProblemTypes.forStatus(status.value()));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * Fills what every Nexus problem carries: a type URI, the request path as
	 * {@code instance}, and the correlation id.
	 * @param problem the problem
	 * @param path the request path, or {@code null} when there is none
	 * @return the same problem
	 */
	public static ProblemDetail complete(ProblemDetail problem, @Nullable String path) {
		if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
			problem.setType(ProblemTypes.forStatus(problem.getStatus()));
		}
		if (problem.getInstance() == null && path != null) {
			try {
				problem.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				// A path the server refused for its characters: no instance then.
			}
		}
		String correlationId = CorrelationContext.correlationId();
		if (correlationId != null) {
			problem.setProperty("correlationId", correlationId);
		}
		return problem;
	}

	/**
	 * Adds field errors.
	 * @param problem the problem
	 * @param errors the invalid fields
	 * @return the same problem
	 */
	public static ProblemDetail withErrors(ProblemDetail problem, List<ApiException.FieldError> errors) {
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	/**
	 * Writes a problem as the whole response, from a filter.
	 * @param request the request
	 * @param response the response
	 * @param problem the problem
	 * @throws java.io.IOException if the response cannot be written
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws java.io.IOException {
		complete(problem, request.getRequestURI());
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), flatten(problem));
	}

	/**
	 * A problem as JSON text.
	 * @param problem the problem
	 * @return its JSON
	 */
	public static String json(ProblemDetail problem) {
		return JSON.writeValueAsString(flatten(problem));
	}

	/**
	 * The JSON members of a problem, with its extra properties at the top level.
	 * @param problem the problem
	 * @return its members in order
	 */
	public static Map<String, Object> flatten(ProblemDetail problem) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", problem.getType().toString());
		json.put("title", problem.getTitle());
		json.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			json.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			json.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			json.putAll(problem.getProperties());
		}
		return json;
	}

}
