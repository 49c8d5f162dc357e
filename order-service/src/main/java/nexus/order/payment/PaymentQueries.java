package nexus.order.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import nexus.platform.domain.NotFound;
import nexus.platform.security.Caller;
import nexus.platform.paging.Listing;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads payments: a customer reaches only their own (another's answers 404), an
 * administrator any.
 */
@Service
public class PaymentQueries {

	private final PaymentRepository payments;

	private final PaymentSearch search;

	PaymentQueries(PaymentRepository payments, PaymentSearch search) {
		this.payments = payments;
		this.search = search;
	}

	@Transactional(readOnly = true)
	public PaymentView get(Caller caller, UUID paymentId) {
		return this.payments.findById(paymentId)
			.filter((payment) -> caller.admin() || payment.customerId().equals(caller.userId()))
			.map(PaymentView::of)
			.orElseThrow(() -> new NotFound("Payment", paymentId));
	}

	/**
	 * Lists payments.
	 * @param caller who asks; a customer sees only their own
	 * @param orderId only the payment of this order, if given
	 * @param page the page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Listing<PaymentView> list(Caller caller, UUID orderId, Pageable page) {
		Specification<Payment> matching = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!caller.admin()) {
				predicates.add(cb.equal(root.get("customerId"), caller.userId()));
			}
			if (orderId != null) {
				predicates.add(cb.equal(root.get("orderId"), orderId));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return Listing.of(this.search.findAll(matching, page).map(PaymentView::of));
	}

}
