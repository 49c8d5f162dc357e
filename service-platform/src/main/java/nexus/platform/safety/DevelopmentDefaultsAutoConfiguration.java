package nexus.platform.safety;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The {@link DevelopmentDefaultsGuard} of every service, over the
 * {@link DevelopmentDefault} beans it declares.
 */
@AutoConfiguration
public class DevelopmentDefaultsAutoConfiguration {

	@Bean
	DevelopmentDefaultsGuard developmentDefaultsGuard(Environment environment,
			ObjectProvider<DevelopmentDefault> defaults) {
		return new DevelopmentDefaultsGuard(environment, defaults.orderedStream().toList());
	}

}
