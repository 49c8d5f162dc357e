package nexus.platform.web;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page of every service: what the servlet container or a filter refused with
 * {@code sendError} (a rejected path such as {@code ;jsessionid=}, {@code TRACE}, an
 * unknown error) is a problem document too, never Spring Boot's own JSON or an HTML page.
 * It replaces Boot's {@code BasicErrorController}.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value && value >= 400) ? value : 500;
		ProblemDetail problem = problemFor(status);
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri) {
			try {
				problem.setInstance(URI.create(uri));
			}
			catch (IllegalArgumentException ex) {
				// A path refused for its characters has no instance.
			}
		}
		response.resetBuffer();
		Problems.write(request, response, problem);
	}

	/**
	 * The problem for an error the web server reports with nothing more than its status.
	 * @param status the status
	 * @return the problem
	 */
	static ProblemDetail problemFor(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String detail = switch (status) {
			case 400 -> "The request was refused before it reached the API: its request line, path or headers "
					+ "are not accepted (for example an encoded slash or a path parameter such as ;jsessionid)";
			case 404 -> "There is no such resource";
			case 405 -> "The method is not allowed on this resource; the Allow header lists those that are";
			case 413 -> "The request body is too large";
			case 414 -> "The request line (the path and query) is too long";
			case 431 -> "The request headers are too large";
			default -> (status >= 500) ? "Something went wrong on our side; quote the correlation id when reporting it"
					: title;
		};
		if (status >= 500) {
			title = "Internal error";
		}
		return Problems.of(HttpStatusCode.valueOf(status), null, title, detail);
	}

}
