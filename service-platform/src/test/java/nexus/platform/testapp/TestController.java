package nexus.platform.testapp;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nexus.platform.web.ApiException;
import nexus.platform.web.PageQuery;
import nexus.platform.web.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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

	@GetMapping("/test/throttled")
	void throttled() {
		throw ApiException.tooManyRequests("Too many failed logins", java.time.Duration.ofMillis(61_500));
	}

	@GetMapping("/test/fail")
	void fail() {
		throw new IllegalStateException("database password is hunter2");
	}

	@GetMapping("/test/public/ping")
	Map<String, String> ping() {
		return Map.of("pong", "true");
	}

	@GetMapping("/test/admin")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, String> admin() {
		return Map.of("admin", "true");
	}

	record WidgetRequest(@NotBlank @Size(max = 20) String name, @Min(1) int quantity) {
	}

}
