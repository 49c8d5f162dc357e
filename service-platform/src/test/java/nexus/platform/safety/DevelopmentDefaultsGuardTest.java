package nexus.platform.safety;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentDefaultsGuardTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DevelopmentDefaultsAutoConfiguration.class))
		.withUserConfiguration(Declarations.class);

	@Test
	void aDevelopmentValueOutsideTheLocalProfileStopsTheStartAndSaysWhatToSet() {
		this.contexts.withPropertyValues("nexus.webhook.secret=whsec_local_development_only")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("nexus.webhook.secret: set PAYMENT_WEBHOOK_SECRET")
				.hasMessageContaining("SPRING_PROFILES_ACTIVE=local"));
		this.contexts.withPropertyValues("nexus.webhook.secret=CHANGE_ME")
			.run((context) -> assertThat(context).hasFailed());
		this.contexts.withPropertyValues("nexus.keys.generate=TRUE").run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void theLocalProfileAcceptsDevelopmentValues() {
		this.contexts
			.withPropertyValues("spring.profiles.active=local", "nexus.webhook.secret=whsec_local_development_only",
					"nexus.keys.generate=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void realValuesAndUnsetOnesStartAnywhere() {
		this.contexts.withPropertyValues("nexus.webhook.secret=whsec_9f8e7d6c5b4a", "nexus.keys.generate=false")
			.run((context) -> assertThat(context).hasNotFailed());
		this.contexts.run((context) -> assertThat(context).hasNotFailed());
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DevelopmentDefaultsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(DevelopmentDefaultsGuard.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class Declarations {

		@Bean
		DevelopmentDefault webhookSecret() {
			return DevelopmentDefault.of("nexus.webhook.secret", "set PAYMENT_WEBHOOK_SECRET to the provider's secret",
					"whsec_local_development_only");
		}

		@Bean
		DevelopmentDefault generatedKeys() {
			return DevelopmentDefault.of("nexus.keys.generate", "mount signing keys and set it to false", "true");
		}

	}

}
