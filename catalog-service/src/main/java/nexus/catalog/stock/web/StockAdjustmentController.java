package nexus.catalog.stock.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nexus.catalog.stock.Inventories;
import nexus.catalog.stock.StockAdjustmentView;
import nexus.catalog.stock.StockLevel;
import nexus.platform.paging.PageQuery;
import nexus.platform.security.Caller;
import nexus.platform.web.PageResponse;
import nexus.platform.web.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/products/{id}/stock-adjustments")
@Tag(name = "Stock", description = "A product's stock: restocks, write-offs and their ledger (administrators)")
class StockAdjustmentController {

	private final Inventories inventories;

	StockAdjustmentController(Inventories inventories) {
		this.inventories = inventories;
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(operationId = "adjustStock", summary = "Restock or write off a product's stock (administrators)",
			description = "A delta, not a new level: +N restocks, -N writes off; each is a line of the product's "
					+ "stock ledger with its reason and who made it. Orders placed meanwhile are never undone, so "
					+ "no If-Match is needed. A write-off of more than is available is refused (reserved and "
					+ "sold units are not available).")
	@ApiResponse(responseCode = "201", description = "Adjusted: the new stock, and the ledger line")
	@ApiResponse(responseCode = "400", description = "A delta of zero, or out of range; no reason")
	@ApiResponse(responseCode = "404", description = "No such product, or it was deleted")
	@ApiResponse(responseCode = "409", description = "A write-off of more than is available "
			+ "(write-off-exceeds-available), or more than 1,000,000 units available (stock-limit)")
	ResponseEntity<StockLevel> adjust(@PathVariable UUID id, @Valid @RequestBody StockAdjustmentRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		StockLevel level = this.inventories.adjust(id, request.delta(), request.reason(), Caller.from(jwt).userId());
		return ResponseEntity.status(HttpStatus.CREATED).body(level);
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(operationId = "listStockAdjustments", summary = "A product's stock ledger (administrators)",
			description = "Every restock and write-off, the initial stock first; newest first by default. "
					+ "Reservations and sales are not in it: they move units between available, reserved "
					+ "and sold, and the sum of the ledger is always available + reserved + sold.")
	@ApiResponse(responseCode = "200", description = "A page of the ledger")
	@ApiResponse(responseCode = "404", description = "No such product, or it was deleted")
	PageResponse<StockAdjustmentView> ledger(@PathVariable UUID id,
			@Paging(sort = { "createdAt" }, defaultSort = "createdAt,desc") PageQuery page) {
		return PageResponse.of(this.inventories.ledger(id, page.pageable()));
	}

}
