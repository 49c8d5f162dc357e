package nexus.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import nexus.platform.domain.DomainException;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.NotFound;
import nexus.platform.domain.NotPermitted;
import nexus.platform.domain.RuleViolation;
import nexus.platform.domain.StaleVersion;
import nexus.platform.domain.StateConflict;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a Nexus service into RFC 9457 problem details (docs/api.md): a
 * stable {@code type}, a human {@code detail}, the request path as {@code instance}, the
 * {@code correlationId}, and {@code errors} for invalid fields. A 500 says nothing about
 * its cause; the cause is logged with the correlation id. Ordered last, so that a
 * service's own advice for a specific exception, if it ever needs one, comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> handleApi(ApiException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(ex.status(), ex.type(), ex.title(), ex.getMessage());
		Problems.withErrors(problem, ex.errors());
		HttpHeaders headers = new HttpHeaders();
		if (ex.retryAfter() != null) {
			// Whole seconds, rounded up, so a client never retries too early.
			long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		}
		return createResponseEntity(problem, headers, ex.status(), request);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Object> handleDomain(DomainException ex, WebRequest request) {
		HttpStatus status = statusOf(ex);
		ProblemDetail problem = Problems.of(status, ex.slug(), ex.title(), ex.detail());
		Problems.withErrors(problem,
				ex.fields()
					.stream()
					.map((field) -> new ApiException.FieldError(field.field(), field.message()))
					.toList());
		return createResponseEntity(problem, new HttpHeaders(), status, request);
	}

	/**
	 * The one place where a kind of domain refusal gets its HTTP status.
	 * @param ex the refusal
	 * @return its status
	 */
	static HttpStatus statusOf(DomainException ex) {
		return switch (ex) {
			case NotFound notFound -> HttpStatus.NOT_FOUND;
			case StateConflict conflict -> HttpStatus.CONFLICT;
			case RuleViolation violation -> HttpStatus.UNPROCESSABLE_CONTENT;
			case InvalidValue invalid -> HttpStatus.BAD_REQUEST;
			case NotPermitted notPermitted -> HttpStatus.FORBIDDEN;
			case StaleVersion stale -> HttpStatus.PRECONDITION_FAILED;
		};
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<ApiException.FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new ApiException.FieldError(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList();
		return validationProblem(errors, request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> handleStaleVersion(OptimisticLockingFailureException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "stale-version", "Stale version",
				"The resource was changed by someone else; read it again and retry");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex, WebRequest request) {
		log.info("Request refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict",
				"The request conflicts with the current state of the resource");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		return validationProblem(List.of(new ApiException.FieldError(ex.getName(), "has an invalid value")), request);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleMultipart(MultipartException ex, WebRequest request) {
		log.info("Multipart request refused: {}", ex.getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
				"The multipart body cannot be read; it needs a boundary and well-formed parts");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> handleRejected(RequestRejectedException ex, WebRequest request) {
		log.info("Request rejected: {}", ex.getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
				"The request has characters or a form that is not accepted");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"You are not allowed to do this");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error", ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side; quote the correlation id when reporting it");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiException.FieldError> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors.add(new ApiException.FieldError(error.getField(), error.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(new ApiException.FieldError(error.getObjectName(), error.getDefaultMessage())));
		return validationProblem(errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiException.FieldError> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach((error) -> errors.add(new ApiException.FieldError(name, error.getDefaultMessage())));
		}
		return validationProblem(errors, request);
	}

	@ExceptionHandler(RequestSizeLimitFilter.BodyTooLarge.class)
	ResponseEntity<Object> handleBodyTooLarge(RequestSizeLimitFilter.BodyTooLarge ex, WebRequest request) {
		return tooLarge(ex, request);
	}

	private ResponseEntity<Object> tooLarge(RequestSizeLimitFilter.BodyTooLarge ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
				ex.getMessage());
		// The rest of the body is not read: the connection cannot be reused.
		HttpHeaders headers = new HttpHeaders();
		headers.setConnection("close");
		return createResponseEntity(problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		RequestSizeLimitFilter.BodyTooLarge tooLarge = RequestSizeLimitFilter.BodyTooLarge.in(ex);
		if (tooLarge != null) {
			return tooLarge(tooLarge, request);
		}
		ProblemDetail problem;
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			String message = (databind instanceof StrictJson.ControlCharacters) ? StrictJson.CONTROL_CHARACTERS
					: "has an invalid value";
			problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request",
					"The request body has an invalid value");
			Problems.withErrors(problem, List.of(new ApiException.FieldError(field, message)));
		}
		else {
			problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
					"The request body is missing or is not valid JSON");
		}
		return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			String path = (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI() : null;
			Problems.complete(problem, path);
			HttpHeaders problemHeaders = new HttpHeaders(headers);
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return new ResponseEntity<>(Problems.flatten(problem), problemHeaders, status);
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private ResponseEntity<Object> validationProblem(List<ApiException.FieldError> errors, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request",
				"The request has invalid fields");
		Problems.withErrors(problem, errors);
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

}
