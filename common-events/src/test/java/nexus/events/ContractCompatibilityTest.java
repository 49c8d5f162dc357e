package nexus.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nexus.events.order.OrderLine;
import nexus.events.order.OrderPlaced;
import nexus.events.user.UserRegistered;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds deliberately incompatible changes of published records to the compatibility check
 * and shows that each one is refused, while an additive optional field passes.
 */
class ContractCompatibilityTest {

	private final ContractCompatibility compatibility = new ContractCompatibility();

	private final EventDescriptor userRegisteredV1 = EventRegistry.descriptorOf(UserRegistered.class);

	private final EventDescriptor orderPlacedV1 = EventRegistry.descriptorOf(OrderPlaced.class);

	/** UserRegistered with {@code email} renamed to {@code emailAddress}. */
	record UserRegisteredWithRenamedField(UUID userId, String emailAddress, String firstName, String lastName,
			String role, Instant registeredAt) {
	}

	/** UserRegistered with a new field that every producer must now fill. */
	record UserRegisteredWithNewRequiredField(UUID userId, String email, String firstName, String lastName, String role,
			Instant registeredAt, String locale) {
		UserRegisteredWithNewRequiredField {
			EventChecks.required(locale, "locale");
		}
	}

	/** OrderPlaced whose total became a JSON number of cents. */
	record OrderPlacedWithChangedType(UUID orderId, UUID customerId, List<OrderLine> lines, long totalAmount,
			String currency, Instant placedAt) {
	}

	/** UserRegistered with an additive, optional field: allowed within a version. */
	record UserRegisteredWithOptionalField(UUID userId, String email, String firstName, String lastName, String role,
			Instant registeredAt, String referralCode) {
	}

	@Test
	void refusesARenamedField() {
		assertThat(this.compatibility.problems(UserRegisteredWithRenamedField.class, this.userRegisteredV1))
			.anySatisfy((problem) -> assertThat(problem).contains("'email'").contains("lost"));
	}

	@Test
	void refusesANewRequiredField() {
		assertThat(this.compatibility.problems(UserRegisteredWithNewRequiredField.class, this.userRegisteredV1))
			.singleElement()
			.asString()
			.contains("no longer deserialises")
			.contains("locale is required");
	}

	@Test
	void refusesAChangedFieldType() {
		assertThat(this.compatibility.problems(OrderPlacedWithChangedType.class, this.orderPlacedV1)).isNotEmpty();
	}

	@Test
	void acceptsAnAdditiveOptionalField() {
		assertThat(this.compatibility.problems(UserRegisteredWithOptionalField.class, this.userRegisteredV1)).isEmpty();
	}

	@Test
	void refusesAPayloadThatBreaksTheSchema() {
		OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), UUID.randomUUID(),
				List.of(new OrderLine(UUID.randomUUID(), 1, new BigDecimal("9.99"))), new BigDecimal("9.99"), "USD",
				Instant.now());
		byte[] valid = new EventCodec().encode(placed);
		byte[] broken = new String(valid).replace("\"9.99\"", "9.99").getBytes();

		assertThat(this.compatibility.schemaErrors(this.orderPlacedV1, valid)).isEmpty();
		assertThat(this.compatibility.schemaErrors(this.orderPlacedV1, broken)).isNotEmpty();
	}

}
