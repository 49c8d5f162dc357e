package nexus.platform.web;

import java.util.List;

import nexus.proxies.TrustedProxies;
import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Problem details, correlation ids, body limits, strict JSON and paging for every servlet
 * service (docs/api.md, ADR 0011).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
public class WebAutoConfiguration {

	/** Body formats besides JSON that Spring would otherwise read and write. */
	private static final List<MediaType> OTHER_FORMATS = List.of(MediaType.APPLICATION_YAML, MediaType.APPLICATION_XML,
			MediaType.TEXT_XML, MediaType.APPLICATION_CBOR, MediaType.valueOf("application/x-jackson-smile"),
			MediaType.APPLICATION_PROTOBUF);

	@Bean
	WebMvcConfigurer nexusPagingAndJsonOnly() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new PageQueryArgumentResolver());
			}

			@Override
			public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
				builder.configureMessageConvertersList(
						(converters) -> converters.removeIf(WebAutoConfiguration::readsAnotherFormat));
			}
		};
	}

	static boolean readsAnotherFormat(HttpMessageConverter<?> converter) {
		return converter.getSupportedMediaTypes()
			.stream()
			.anyMatch((type) -> OTHER_FORMATS.stream().anyMatch((other) -> other.includes(type)));
	}

	@Bean
	JsonMapperBuilderCustomizer nexusStrictJson() {
		return StrictJson::configure;
	}

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	ClientAddresses clientAddresses(WebProperties properties) {
		return new ClientAddresses(TrustedProxies.of(properties.trustedProxies()));
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebProperties properties) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.maxBodySize()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter() {
		FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(
				new ControlCharacterFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * Tomcat reports what it refuses itself as problem documents.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
	static class TomcatProblems {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> nexusProblemErrorReports() {
			return new ProblemErrorReports();
		}

	}

	/**
	 * Replaces Tomcat's error report valve, after Spring Boot has configured its own.
	 */
	static final class ProblemErrorReports
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				Pipeline pipeline = host.getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new ProblemErrorReportValve());
				if (host instanceof StandardHost standardHost) {
					standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
