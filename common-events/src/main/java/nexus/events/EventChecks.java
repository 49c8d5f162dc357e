package nexus.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks event records apply in their constructors, so that an event that breaks its
 * contract can neither be published nor consumed.
 */
public final class EventChecks {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private EventChecks() {
	}

	/**
	 * A required field.
	 * @param <T> its type
	 * @param value the value
	 * @param name the field name
	 * @return the value
	 */
	public static <T> T required(@Nullable T value, String name) {
		return Objects.requireNonNull(value, () -> name + " is required");
	}

	/**
	 * A money amount: present, not negative, at most two decimals; returned with scale 2.
	 * @param amount the amount
	 * @param name the field name
	 * @return the amount with scale 2
	 */
	public static BigDecimal money(@Nullable BigDecimal amount, String name) {
		required(amount, name);
		if (amount.signum() < 0) {
			throw new IllegalArgumentException(name + " must not be negative");
		}
		try {
			return amount.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(name + " must have at most two decimals");
		}
	}

	/**
	 * An ISO 4217 currency code.
	 * @param currency the code
	 * @return the code
	 */
	public static String currency(@Nullable String currency) {
		required(currency, "currency");
		if (!CURRENCY.matcher(currency).matches()) {
			throw new IllegalArgumentException("currency must be three upper-case letters");
		}
		return currency;
	}

	/**
	 * A quantity of at least one.
	 * @param quantity the quantity
	 * @param name the field name
	 * @return the quantity
	 */
	public static int positive(int quantity, String name) {
		if (quantity < 1) {
			throw new IllegalArgumentException(name + " must be at least 1");
		}
		return quantity;
	}

	/**
	 * A list with at least one element, copied so the record stays immutable.
	 * @param <T> element type
	 * @param list the list
	 * @param name the field name
	 * @return an immutable copy
	 */
	public static <T> List<T> nonEmpty(@Nullable List<T> list, String name) {
		required(list, name);
		if (list.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		return List.copyOf(list);
	}

}
