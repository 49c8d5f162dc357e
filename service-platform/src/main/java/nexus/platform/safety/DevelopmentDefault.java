package nexus.platform.safety;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A setting whose value is only fit for a laptop: declared by a service as a bean, and
 * refused at start outside the {@code local} profile.
 *
 * @param property the property, such as {@code nexus.payment.webhook.secret}
 * @param developmentValues values that are for development only (compared ignoring case);
 * any value containing {@code CHANGE_ME} is refused too
 * @param advice what to set instead, naming the environment variable
 */
public record DevelopmentDefault(String property, Set<String> developmentValues, String advice) {

	/** The placeholder of the example configuration files. */
	public static final String PLACEHOLDER = "CHANGE_ME";

	/**
	 * A declaration.
	 * @param property the property
	 * @param advice what to set instead
	 * @param developmentValues the development values
	 * @return the declaration
	 */
	public static DevelopmentDefault of(String property, String advice, String... developmentValues) {
		return new DevelopmentDefault(property, Set.of(developmentValues), advice);
	}

	/**
	 * Whether a value is a development one.
	 * @param value the property's value, or {@code null} when unset
	 * @return {@code true} when it must not be used outside the local profile
	 */
	public boolean isDevelopmentValue(@Nullable String value) {
		if (value == null) {
			return false;
		}
		String trimmed = value.trim();
		return trimmed.toUpperCase(Locale.ROOT).contains(PLACEHOLDER)
				|| this.developmentValues.stream().anyMatch(trimmed::equalsIgnoreCase);
	}

}
