package nexus.order.payment.web;

import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nexus.order.payment.PaymentQueries;
import nexus.order.payment.PaymentView;
import nexus.platform.security.Caller;
import nexus.platform.paging.PageQuery;
import nexus.platform.web.PageResponse;
import nexus.platform.web.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments, read-only: they are taken by the order saga, never created by clients.
 */
@RestController
@RequestMapping("/api/payments")
@Tag(name = "Payments", description = "The payments taken for orders")
class PaymentController {

	private final PaymentQueries queries;

	PaymentController(PaymentQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "List payments, newest first",
			description = "Customers see their own; administrators everyone's. Narrow by orderId.")
	PageResponse<PaymentView> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) UUID orderId,
			@Paging(sort = { "createdAt", "amount", "status" }, defaultSort = "createdAt,desc") PageQuery page) {
		return PageResponse.of(this.queries.list(Caller.from(jwt), orderId, page.thenSortBy(Sort.by("id")).pageable()),
				Function.identity());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One payment")
	@ApiResponse(responseCode = "200", description = "The payment")
	@ApiResponse(responseCode = "404", description = "No such payment, or another customer's")
	PaymentView get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return this.queries.get(Caller.from(jwt), id);
	}

}
