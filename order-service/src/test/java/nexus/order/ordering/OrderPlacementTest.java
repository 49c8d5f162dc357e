package nexus.order.ordering;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nexus.order.cart.Carts;
import nexus.order.cart.InMemoryCarts;
import nexus.order.catalogcopy.InMemoryProductCopies;
import nexus.order.catalogcopy.ProductCopies;
import nexus.order.catalogcopy.ProductSnapshot;
import nexus.order.payment.InMemoryPayments;
import nexus.order.usercopy.InMemoryUserCopies;
import nexus.order.usercopy.UserCopies;
import nexus.platform.domain.DomainException;
import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.NotPermitted;
import nexus.platform.domain.RuleViolation;
import nexus.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Placing orders, without Spring: in-memory orders, product and user copies and carts, a
 * transaction template that only runs its callback.
 */
class OrderPlacementTest {

	private final MutableClock clock = new MutableClock();

	private final List<Object> published = new ArrayList<>();

	private final InMemoryOrders orders = new InMemoryOrders(this.published);

	private final InMemoryProductCopies catalogue = new InMemoryProductCopies();

	private final ProductCopies products = this.catalogue.copies(this.clock);

	private final UserCopies users = new InMemoryUserCopies().copies(this.clock);

	private final Carts carts = new InMemoryCarts().carts(this.products, this.clock);

	private final OrderPlacement placement = new OrderPlacement(this.orders, this.products, this.users, this.carts,
			new OrderMetrics(new SimpleMeterRegistry(), this.clock),
			new OrderingProperties(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(15), 3),
			new TransactionTemplate(new RunOnly()), InMemoryPayments.noTracing(), this.clock);

	private final UUID customer = UUID.randomUUID();

	private final UUID cup = product("Cup", "4.00", "USD", true);

	private final UUID saucer = product("Saucer", "2.50", "USD", true);

	@Test
	void placesAnOrderAtTheCopysPricesAndPublishesItsPlacement() {
		OrderPlacement.Placed placed = this.placement.place(this.customer, "k1", request(line(this.cup, 2)));

		assertThat(placed.created()).isTrue();
		assertThat(placed.order().status()).isEqualTo(OrderStatus.PENDING);
		assertThat(placed.order().totalAmount()).isEqualByComparingTo("8.00");
		assertThat(this.published).singleElement()
			.isInstanceOfSatisfying(OrderEvent.Placed.class,
					(event) -> assertThat(event.customerId()).isEqualTo(this.customer));
	}

	@Test
	void aRetryWithTheSameKeyGetsTheSameOrderEvenWithItsLinesInAnotherOrder() {
		OrderPlacement.Placed first = this.placement.place(this.customer, "k2",
				request(line(this.cup, 2), line(this.saucer, 1)));

		OrderPlacement.Placed again = this.placement.place(this.customer, "k2",
				request(line(this.saucer, 1), line(this.cup, 2)));

		assertThat(again.created()).isFalse();
		assertThat(again.order().id()).isEqualTo(first.order().id());
		assertThat(this.orders.count()).isEqualTo(1);
		assertThat(this.published).hasSize(1);
	}

	@Test
	void anotherRequestWithTheSameKeyIsRefusedAndPlacesNothing() {
		this.placement.place(this.customer, "k3", request(line(this.cup, 2)));

		assertRefused(() -> this.placement.place(this.customer, "k3", request(line(this.cup, 3))), RuleViolation.class,
				"idempotency-key-reused");
		assertThat(this.orders.count()).isEqualTo(1);
	}

	@Test
	void theKeyIsTheCustomersOwn() {
		this.placement.place(this.customer, "k4", request(line(this.cup, 2)));

		assertThat(this.placement.place(UUID.randomUUID(), "k4", request(line(this.cup, 3))).created()).isTrue();
	}

	@Test
	void aDeactivatedAccountMayNotOrder() {
		this.users.deactivated(this.customer);

		assertRefused(() -> this.placement.place(this.customer, "k5", request(line(this.cup, 1))), NotPermitted.class,
				"account-inactive");
		assertThat(this.orders.count()).isZero();
	}

	@Test
	void badLinesAreRefusedAndPlaceNothing() {
		UUID gone = product("Gone", "1.00", "USD", false);
		UUID euro = product("Tasse", "3.00", "EUR", true);

		assertRefused(() -> this.placement.place(this.customer, "a", request()), InvalidValue.class, "empty-order");
		assertRefused(() -> this.placement.place(this.customer, "b", request(line(this.cup, 1), line(this.cup, 2))),
				InvalidValue.class, "duplicate-product");
		assertRefused(() -> this.placement.place(this.customer, "c", request(line(UUID.randomUUID(), 1))),
				RuleViolation.class, "unknown-product");
		assertRefused(() -> this.placement.place(this.customer, "d", request(line(gone, 1))), RuleViolation.class,
				"product-unavailable");
		assertRefused(() -> this.placement.place(this.customer, "e", request(line(this.cup, 1), line(euro, 1))),
				RuleViolation.class, "mixed-currencies");
		assertRefused(
				() -> this.placement.place(this.customer, "f",
						request(line(this.cup, 1), line(this.saucer, 1), line(euro, 1), line(gone, 1))),
				RuleViolation.class, "too-many-lines");
		assertThat(this.orders.count()).isZero();
		assertThat(this.published).isEmpty();
	}

	@Test
	void fromTheCartTakesItsLinesAndEmptiesItOnlyOnceTheOrderIsPlaced() {
		assertRefused(() -> this.placement.place(this.customer, "empty", new PlaceOrder(List.of(), true)),
				RuleViolation.class, "empty-cart");
		this.carts.add(this.customer, this.cup, 3);

		OrderPlacement.Placed placed = this.placement.place(this.customer, "cart", new PlaceOrder(List.of(), true));

		assertThat(placed.order().items()).singleElement()
			.satisfies((item) -> assertThat(item.quantity()).isEqualTo(3));
		assertThat(this.carts.linesOf(this.customer)).isEmpty();
	}

	private static void assertRefused(Runnable placing, Class<? extends DomainException> kind, String slug) {
		assertThatExceptionOfType(kind).isThrownBy(placing::run)
			.satisfies((refusal) -> assertThat(refusal.slug()).isEqualTo(slug));
	}

	private UUID product(String name, String price, String currency, boolean available) {
		UUID id = UUID.randomUUID();
		this.catalogue.add(new ProductSnapshot(id, name, new BigDecimal(price), currency, available));
		return id;
	}

	private static PlaceOrder request(PlaceOrder.Line... lines) {
		return new PlaceOrder(List.of(lines), false);
	}

	private static PlaceOrder.Line line(UUID product, int quantity) {
		return new PlaceOrder.Line(product, quantity);
	}

	/** Runs the callback; there is nothing to commit or roll back in memory. */
	private static final class RunOnly extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
