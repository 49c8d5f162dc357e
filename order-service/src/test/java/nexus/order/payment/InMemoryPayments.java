package nexus.order.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import nexus.testsupport.AggregateEvents;
import nexus.platform.observability.TraceContextCapture;

import org.springframework.data.domain.Pageable;

/**
 * The payments in a map, for unit tests of the payment and saga rules without Spring.
 * Like Spring Data on save, it takes each saved payment's registered events into
 * {@link #published()}; what the payment side asked to run after commit (a
 * {@code PaymentWorkRequested}) is in {@link #workRequested()}. The claim and polling
 * queries of the payment runs are the database's business and not kept here.
 */
public final class InMemoryPayments implements PaymentRepository {

	private final Map<UUID, Payment> payments = new LinkedHashMap<>();

	private final List<Object> published;

	private final List<UUID> workRequested = new ArrayList<>();

	/**
	 * Payments publishing into a list a test shares with other in-memory repositories, so
	 * that it sees every event in the order they were published.
	 * @param published where saved payments' events go
	 */
	public InMemoryPayments(List<Object> published) {
		this.published = published;
	}

	InMemoryPayments() {
		this(new ArrayList<>());
	}

	/**
	 * The order side's view of payments ({@link Payments}) on these payments.
	 * @param clock the clock
	 * @return payments
	 */
	public Payments payments(Clock clock) {
		return new Payments(this, (event) -> this.workRequested.add(((PaymentWorkRequested) event).paymentId()),
				noTracing(), clock);
	}

	/**
	 * A trace context that records nothing, for services that continue traces.
	 * @return the trace context
	 */
	public static TraceContextCapture noTracing() {
		return new TraceContextCapture(Tracer.NOOP, Propagator.NOOP);
	}

	/**
	 * The payment of an order, as clients would see it.
	 * @param orderId the order
	 * @return its payment, if one was asked for
	 */
	public Optional<PaymentView> ofOrder(UUID orderId) {
		return lockByOrderId(orderId).map(PaymentView::of);
	}

	/**
	 * When a payment is due, as the order asked for it.
	 * @param orderId the order
	 * @return its due time, if one was asked for
	 */
	public Optional<Instant> payBeforeOf(UUID orderId) {
		return lockByOrderId(orderId).map(Payment::payBefore);
	}

	public List<Object> published() {
		return this.published;
	}

	public List<UUID> workRequested() {
		return this.workRequested;
	}

	@Override
	public Optional<Payment> findById(UUID id) {
		return Optional.ofNullable(this.payments.get(id));
	}

	@Override
	public boolean existsById(UUID id) {
		return this.payments.containsKey(id);
	}

	@Override
	public <S extends Payment> S save(S payment) {
		this.payments.put(payment.id(), payment);
		this.published.addAll(AggregateEvents.of(payment));
		AggregateEvents.clear(payment);
		return payment;
	}

	@Override
	public <S extends Payment> S saveAndFlush(S payment) {
		return save(payment);
	}

	@Override
	public boolean existsByOrderId(UUID orderId) {
		return lockByOrderId(orderId).isPresent();
	}

	@Override
	public Optional<UUID> findOrderId(UUID id) {
		return findById(id).map(Payment::orderId);
	}

	@Override
	public Optional<Payment> lockByOrderId(UUID orderId) {
		return this.payments.values().stream().filter((payment) -> payment.orderId().equals(orderId)).findFirst();
	}

	@Override
	public Optional<UUID> findIdByProviderReference(String reference) {
		return this.payments.values()
			.stream()
			.filter((payment) -> reference.equals(payment.providerReference()))
			.map(Payment::id)
			.findFirst();
	}

	@Override
	public Optional<Payment> lock(UUID id) {
		return findById(id);
	}

	@Override
	public int claimCharge(UUID id, Instant now, Instant leaseUntil) {
		throw new UnsupportedOperationException("claims are the database's");
	}

	@Override
	public int claimRefund(UUID id, Instant now, Instant leaseUntil) {
		throw new UnsupportedOperationException("claims are the database's");
	}

	@Override
	public List<UUID> findWork(Instant createdBefore, Instant now, Pageable page) {
		throw new UnsupportedOperationException("polling is the database's");
	}

	@Override
	public List<UUID> findUnknownOutcomes(Instant settledBefore, Pageable page) {
		throw new UnsupportedOperationException("polling is the database's");
	}

}
