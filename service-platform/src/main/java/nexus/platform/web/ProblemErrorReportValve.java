package nexus.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report for what it refuses before the application sees a request (a
 * request line or headers too large, an encoded slash, an invalid URI): a problem
 * document instead of Tomcat's HTML page. Tomcat answers 400 when the request line or the
 * headers do not fit its buffer; this says 414 or 431, as the gateway does.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	/** Tomcat's message when the request line or the headers do not fit its buffer. */
	private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
		.getString("iib.requestheadertoolarge.error");

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get() || !response.setErrorReported()) {
			return;
		}
		if (status == 400 && throwable instanceof IllegalArgumentException
				&& HEADER_TOO_LARGE.equals(throwable.getMessage())) {
			// Tomcat answers 400 for both; without a parsed URI it was the request line.
			status = (request.getRequestURI() == null) ? 414 : 431;
			response.setStatus(status);
		}
		ProblemDetail problem = ProblemErrorController.problemFor(status);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(Problems.json(Problems.complete(problem, null)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone, or the response cannot take a body: nothing to report.
		}
	}

}
