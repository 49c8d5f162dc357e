package nexus.platform.testapp;

import java.util.Map;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nexus.platform.web.ApiException;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.NotFound;
import nexus.platform.domain.NotPermitted;
import nexus.platform.domain.RuleViolation;
import nexus.platform.domain.StaleVersion;
import nexus.platform.domain.StateConflict;
import nexus.platform.paging.PageQuery;
import nexus.platform.web.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Endpoints that exercise the platform's error handling and security.
 */
@RestController
class TestController {

	@PostMapping("/test/widgets")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@Valid @RequestBody WidgetRequest request) {
		return Map.of("name", request.name(), "quantity", request.quantity());
	}

	@GetMapping("/test/widgets")
	Map<String, Object> list(@Paging(sort = { "name", "createdAt=created" }, defaultSort = "name") PageQuery query) {
		return Map.of("page", query.page(), "size", query.size(), "sort", query.sort().toString());
	}

	@GetMapping("/test/refuse")
	void refuse() {
		throw ApiException.unprocessable("out-of-stock", "Out of stock", "Only 2 left");
	}

	@GetMapping("/test/domain/{kind}")
	void domainRefusal(@PathVariable String kind) {
		throw switch (kind) {
			case "not-found" -> new NotFound("Widget", "w-1");
			case "conflict" -> new StateConflict("widget-shipped", "Widget shipped", "A shipped widget is final");
			case "rule" -> new RuleViolation("widget-limit", "Widget limit", "quantity", "At most 3 widgets");
			case "invalid" -> new InvalidValue("name", "must not contain control characters");
			case "not-permitted" -> new NotPermitted("account-inactive", "Account inactive", "Deactivated");
			case "stale" -> new StaleVersion("Widget", 3, 4);
			default -> new IllegalArgumentException(kind);
		};
	}

	@GetMapping("/test/throttled")
	void throttled() {
		throw ApiException.tooManyRequests("Too many failed logins", java.time.Duration.ofMillis(61_500));
	}

	@GetMapping("/test/fail")
	void fail() {
		throw new IllegalStateException("database password is hunter2");
	}

	@PostMapping(path = "/test/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Map<String, Object> upload(@RequestParam("file") MultipartFile file) {
		return Map.of("size", file.getSize());
	}

	@GetMapping("/test/search")
	Map<String, Object> search(@RequestParam String q) {
		return Map.of("q", q);
	}

	@GetMapping("/test/public/ping")
	@SecurityRequirements
	Map<String, String> ping() {
		return Map.of("pong", "true");
	}

	@GetMapping("/test/admin")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, String> admin() {
		return Map.of("admin", "true");
	}

	record WidgetRequest(@NotBlank @Size(max = 20) String name, @Min(1) int quantity, @Nullable Boolean gift) {
	}

}
