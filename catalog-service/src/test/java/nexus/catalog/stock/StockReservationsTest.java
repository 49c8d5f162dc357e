package nexus.catalog.stock;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nexus.testsupport.AggregateEvents;
import nexus.catalog.product.ProductProperties;
import nexus.catalog.product.ProductRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saga's stock rules without Spring, on in-memory repositories that, like Spring
 * Data, take what a saved aggregate registered: every line or none, release, sale,
 * refund, sale after expiry; and, after each, available + reserved + sold = the stock put
 * in.
 */
class StockReservationsTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private final InMemoryStock store = new InMemoryStock();

	private final StockReservations reservations = this.store.reservations();

	private final UUID customer = UUID.randomUUID();

	@Test
	void reservesEveryLineOrNoneAndSaysWhichLinesFellShort() {
		UUID shoes = this.store.product(10);
		UUID socks = this.store.product(1);
		UUID gone = this.store.deletedProduct(5);
		UUID unknown = UUID.randomUUID();
		UUID refused = UUID.randomUUID();

		this.reservations.reserve(refused, this.customer,
				List.of(line(shoes, 3), line(socks, 2), line(gone, 1), line(unknown, 1)));

		assertThat(this.store.events()).singleElement()
			.isInstanceOfSatisfying(ReservationEvent.Refused.class,
					(refusal) -> assertThat(refusal.shortfalls()).containsExactlyInAnyOrder(
							new Shortfall(socks, 2, 1, Shortfall.Reason.INSUFFICIENT_STOCK),
							new Shortfall(gone, 1, 0, Shortfall.Reason.PRODUCT_UNAVAILABLE),
							new Shortfall(unknown, 1, 0, Shortfall.Reason.PRODUCT_UNAVAILABLE)));
		assertThat(this.store.inventory(shoes).available()).as("nothing taken").isEqualTo(10);
		assertThat(this.store.inventory(socks).available()).isEqualTo(1);

		UUID held = UUID.randomUUID();
		this.reservations.reserve(held, this.customer, List.of(line(shoes, 3), line(socks, 1), line(shoes, 1)));

		assertThat(this.store.events()).last()
			.isInstanceOfSatisfying(ReservationEvent.Held.class,
					(hold) -> assertThat(hold.lines()).containsExactlyInAnyOrder(line(shoes, 4), line(socks, 1)));
		assertThat(this.store.inventory(shoes).available()).isEqualTo(6);
		assertThat(this.store.inventory(shoes).reserved()).isEqualTo(4);
		assertThat(this.store.inventory(socks).available()).isZero();
		this.store.assertAddsUp();

		this.reservations.reserve(held, this.customer, List.of(line(shoes, 1)));
		assertThat(this.store.inventory(shoes).available()).as("an order seen before reserves nothing").isEqualTo(6);
	}

	@Test
	void aCancelledReservationGoesBackAndAConfirmedOneIsSoldUntilItIsCancelledToo() {
		UUID lamp = this.store.product(10);
		UUID cancelled = UUID.randomUUID();
		UUID confirmed = UUID.randomUUID();
		this.reservations.reserve(cancelled, this.customer, List.of(line(lamp, 2)));
		this.reservations.reserve(confirmed, this.customer, List.of(line(lamp, 3)));

		this.reservations.cancel(cancelled, this.customer);
		this.reservations.confirm(confirmed, this.customer, List.of(line(lamp, 3)));

		assertThat(this.store.events()).filteredOn(ReservationEvent.Released.class::isInstance)
			.singleElement()
			.isInstanceOfSatisfying(ReservationEvent.Released.class, (released) -> {
				assertThat(released.orderId()).isEqualTo(cancelled);
				assertThat(released.expired()).isFalse();
			});
		Inventory inventory = this.store.inventory(lamp);
		assertThat(inventory.available()).isEqualTo(7);
		assertThat(inventory.reserved()).isZero();
		assertThat(inventory.sold()).isEqualTo(3);
		this.store.assertAddsUp();

		this.reservations.cancel(confirmed, this.customer);
		assertThat(inventory.available()).as("a confirmed order cancelled before it shipped").isEqualTo(10);
		assertThat(inventory.sold()).isZero();
		this.store.assertAddsUp();
	}

	@Test
	void anExpiredReservationGoesBackAndALateConfirmationSellsWhatIsStillThereOrNothing() {
		UUID kettle = this.store.product(5);
		UUID late = UUID.randomUUID();
		UUID tooLate = UUID.randomUUID();
		this.reservations.reserve(late, this.customer, List.of(line(kettle, 2)));
		this.reservations.reserve(tooLate, this.customer, List.of(line(kettle, 3)));

		this.store.expire(late);
		this.store.expire(tooLate);
		assertThat(this.store.inventory(kettle).available()).isEqualTo(5);
		assertThat(this.store.events()).filteredOn(ReservationEvent.Released.class::isInstance)
			.allSatisfy((released) -> assertThat(((ReservationEvent.Released) released).expired()).isTrue());

		this.reservations.reserve(UUID.randomUUID(), this.customer, List.of(line(kettle, 2)));
		this.reservations.confirm(late, this.customer, List.of(line(kettle, 2)));
		this.reservations.confirm(tooLate, this.customer, List.of(line(kettle, 3)));

		assertThat(this.store.reservation(late).status()).isEqualTo(StockReservation.Status.SOLD);
		assertThat(this.store.reservation(tooLate).status()).as("never oversold")
			.isEqualTo(StockReservation.Status.UNFULFILLED);
		Inventory inventory = this.store.inventory(kettle);
		assertThat(inventory.available()).isEqualTo(1);
		assertThat(inventory.reserved()).isEqualTo(2);
		assertThat(inventory.sold()).isEqualTo(2);
		this.store.assertAddsUp();
	}

	private static ReservedLine line(UUID productId, int quantity) {
		return new ReservedLine(productId, quantity);
	}

	/** Inventories, reservations and products in memory. */
	private static final class InMemoryStock {

		private final Map<UUID, Inventory> inventories = new HashMap<>();

		private final Map<UUID, Integer> putIn = new HashMap<>();

		private final Set<UUID> live = new HashSet<>();

		private final Map<UUID, StockReservation> reservations = new HashMap<>();

		private final List<Object> events = new ArrayList<>();

		private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

		private final StockMoves moves = new StockMoves(inventoryRepository(), productRepository(),
				new ProductProperties(5));

		StockReservations reservations() {
			return new StockReservations(reservationRepository(), this.moves,
					new StockProperties(Duration.ofMinutes(15), Duration.ofSeconds(10), 200),
					new StockMetrics(new SimpleMeterRegistry()), this.clock);
		}

		UUID product(int units) {
			UUID id = UUID.randomUUID();
			Inventory inventory = Inventory.open(id, NOW);
			inventory.adjust(units, "Initial stock", null, NOW, 5);
			this.inventories.put(id, inventory);
			this.putIn.put(id, units);
			this.live.add(id);
			return id;
		}

		UUID deletedProduct(int units) {
			UUID id = product(units);
			this.live.remove(id);
			return id;
		}

		Inventory inventory(UUID productId) {
			return this.inventories.get(productId);
		}

		StockReservation reservation(UUID orderId) {
			return this.reservations.get(orderId);
		}

		List<Object> events() {
			return this.events;
		}

		/** What the expiry job does to a due reservation. */
		void expire(UUID orderId) {
			StockReservation reservation = this.reservations.get(orderId);
			this.moves.release(reservation.lines(), NOW);
			reservation.expire(reservation.expiresAt());
			save(reservation);
		}

		void assertAddsUp() {
			this.inventories
				.forEach((id, inventory) -> assertThat(inventory.total()).as("available + reserved + sold of %s", id)
					.isEqualTo(this.putIn.get(id)));
		}

		private StockReservation save(StockReservation reservation) {
			this.events.addAll(AggregateEvents.of(reservation));
			AggregateEvents.clear(reservation);
			this.reservations.put(reservation.orderId(), reservation);
			return reservation;
		}

		private ReservationRepository reservationRepository() {
			return new ReservationRepository() {
				@Override
				public StockReservation save(StockReservation reservation) {
					return InMemoryStock.this.save(reservation);
				}

				@Override
				public boolean existsById(UUID orderId) {
					return InMemoryStock.this.reservations.containsKey(orderId);
				}

				@Override
				public Optional<StockReservation> findById(UUID orderId) {
					return Optional.ofNullable(InMemoryStock.this.reservations.get(orderId));
				}

				@Override
				public void flush() {
				}

				@Override
				public Optional<StockReservation> lock(UUID orderId) {
					return findById(orderId);
				}
			};
		}

		private InventoryRepository inventoryRepository() {
			return new InventoryRepository() {
				@Override
				public Inventory save(Inventory inventory) {
					InMemoryStock.this.events.addAll(AggregateEvents.of(inventory));
					AggregateEvents.clear(inventory);
					InMemoryStock.this.inventories.put(inventory.productId(), inventory);
					return inventory;
				}

				@Override
				public Optional<Inventory> findById(UUID productId) {
					return Optional.ofNullable(InMemoryStock.this.inventories.get(productId));
				}

				@Override
				public List<Inventory> findByProductIdIn(Collection<UUID> productIds) {
					return productIds.stream()
						.map(InMemoryStock.this.inventories::get)
						.filter((i) -> i != null)
						.toList();
				}

				@Override
				public Optional<Inventory> lock(UUID productId) {
					return findById(productId);
				}
			};
		}

		@SuppressWarnings("unchecked")
		private ProductRepository productRepository() {
			// Only which products are live matters to stock.
			return (ProductRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { ProductRepository.class }, (proxy, method, args) -> {
						if (method.getName().equals("liveAmong")) {
							Set<UUID> found = new HashSet<>((Collection<UUID>) args[0]);
							found.retainAll(this.live);
							return found;
						}
						throw new UnsupportedOperationException(method.getName());
					});
		}

	}

}
