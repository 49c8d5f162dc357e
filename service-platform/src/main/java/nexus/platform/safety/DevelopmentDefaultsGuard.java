package nexus.platform.safety;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Stops a service from starting, before it serves anything, when a
 * {@link DevelopmentDefault} still has its development value and the {@code local}
 * profile is not active. The message names every such setting and what to set.
 */
public class DevelopmentDefaultsGuard implements SmartInitializingSingleton {

	/** The profile of a run on one machine: {@code ./run.sh} and the tests. */
	public static final String LOCAL_PROFILE = "local";

	private final Environment environment;

	private final List<DevelopmentDefault> defaults;

	public DevelopmentDefaultsGuard(Environment environment, List<DevelopmentDefault> defaults) {
		this.environment = environment;
		this.defaults = defaults;
	}

	@Override
	public void afterSingletonsInstantiated() {
		check();
	}

	/**
	 * Checks every declared setting.
	 * @throws IllegalStateException when one has a development value outside the local
	 * profile
	 */
	public void check() {
		if (this.environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
			return;
		}
		List<String> unsafe = this.defaults.stream()
			.filter((setting) -> setting.isDevelopmentValue(this.environment.getProperty(setting.property())))
			.map((setting) -> setting.property() + ": " + setting.advice())
			.toList();
		if (!unsafe.isEmpty()) {
			throw new IllegalStateException("Refusing to start with development settings outside the '" + LOCAL_PROFILE
					+ "' profile (activate it only on a laptop: SPRING_PROFILES_ACTIVE=local):\n  "
					+ String.join("\n  ", unsafe));
		}
	}

}
