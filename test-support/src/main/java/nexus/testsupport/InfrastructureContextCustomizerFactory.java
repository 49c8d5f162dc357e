package nexus.testsupport;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the application context of a {@link NexusIntegrationTest} at a fresh database,
 * the shared broker and the test JWKS, ahead of every other property source.
 */
class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean marked = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(NexusIntegrationTest.class);
		return marked ? new InfrastructureContextCustomizer() : null;
	}

	static final class InfrastructureContextCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			String application = context.getEnvironment().getProperty("spring.application.name", "nexus");
			TestPostgres.Server server = TestPostgres.server();
			String url = TestPostgres.createDatabase(application);
			String kafka = TestKafka.bootstrapServers();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("nexus-test-infrastructure",
						Map.of("spring.datasource.url", url, "spring.datasource.username", server.username(),
								"spring.datasource.password", server.password(), "spring.kafka.bootstrap-servers",
								kafka, "spring.cloud.stream.kafka.binder.brokers", kafka,
								"nexus.security.jwt.jwk-set-uri", TestTokens.jwkSetUri())));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof InfrastructureContextCustomizer;
		}

		@Override
		public int hashCode() {
			return InfrastructureContextCustomizer.class.hashCode();
		}

	}

}
