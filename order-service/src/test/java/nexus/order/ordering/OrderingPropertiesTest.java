package nexus.order.ordering;

import java.time.Duration;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderingPropertiesTest {

	private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = this.factory.getValidator();

	@AfterEach
	void close() {
		this.factory.close();
	}

	@Test
	void aSagaDeadlineLongerThanTheCatalogsReservationIsAllowedSinceStockReservedSaysWhenItExpires() {
		assertThat(this.validator.validate(properties(Duration.ofMinutes(20)))).isEmpty();
	}

	@Test
	void aSagaDeadlineMustBePositive() {
		assertThat(this.validator.validate(properties(Duration.ZERO))).singleElement()
			.satisfies((violation) -> assertThat(violation.getMessage()).contains("saga-deadline"));
	}

	private static OrderingProperties properties(Duration sagaDeadline) {
		return new OrderingProperties(sagaDeadline, Duration.ofSeconds(30), Duration.ofSeconds(15), 50);
	}

}
