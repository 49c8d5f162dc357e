package nexus.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A currency code of ISO 4217 (as the JDK knows it) that money can be in: {@code USD},
 * {@code EUR}; not {@code ZZZ}, and not the codes without minor units such as {@code XAU}
 * (gold) or {@code XXX} (no currency). {@code null} is valid: combine with
 * {@code @NotNull} where the code is required.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CurrencyCode.Validator.class)
public @interface CurrencyCode {

	/**
	 * The message.
	 * @return the message
	 */
	String message() default "must be an ISO 4217 currency code";

	/**
	 * Validation groups.
	 * @return the groups
	 */
	Class<?>[] groups() default {};

	/**
	 * Payload.
	 * @return the payload
	 */
	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks a code against the JDK's ISO 4217 table.
	 */
	class Validator implements ConstraintValidator<CurrencyCode, String> {

		private static final Set<String> CODES = Currency.getAvailableCurrencies()
			.stream()
			.filter((currency) -> currency.getDefaultFractionDigits() >= 0)
			.map(Currency::getCurrencyCode)
			.collect(Collectors.toUnmodifiableSet());

		/**
		 * Whether a code is an accepted currency.
		 * @param code the code
		 * @return whether it is
		 */
		public static boolean isCurrency(String code) {
			return CODES.contains(code);
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || isCurrency(value);
		}

	}

}
