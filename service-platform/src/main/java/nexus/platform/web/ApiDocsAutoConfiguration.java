package nexus.platform.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import nexus.platform.paging.PageQuery;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;

/**
 * The OpenAPI document of a service ({@code /v3/api-docs}): its title and version, a
 * relative server (the address the document was loaded from: the gateway), the
 * bearer-token scheme every non-public operation uses, and the {@code page}, {@code size}
 * and {@code sort} parameters of each list operation, and the conventions of
 * {@link ApiContract}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OperationCustomizer.class)
public class ApiDocsAutoConfiguration {

	/** Name of the bearer-token security scheme. */
	public static final String BEARER = "bearer";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAPI nexusOpenApi(@Value("${spring.application.name}") String application,
			ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = (properties != null) ? properties.getVersion() : "dev";
		return new OpenAPI()
			.info(new Info().title("Nexus " + application)
				.version(version)
				.description("Part of the Nexus API; clients reach it through the gateway.\n\n"
						+ "Limits (README, \"Limits and overload\"): a request body is at most 256 KB "
						+ "(image uploads 3 MB), chunked or not, else 413 payload-too-large. The gateway "
						+ "rate-limits with token buckets, 429 rate-limited with Retry-After: login, "
						+ "registration and refresh 10 per client address (burst) and 10 a minute; catalogue "
						+ "and image reads 3000 a minute; other requests 600 a minute per user with a token, "
						+ "300 per address without. When it works on as many requests as it allows it answers "
						+ "503 gateway-saturated with Retry-After; a service that cannot answer is 503 "
						+ "service-unavailable."))
			// Relative: Swagger UI then calls the address it loaded the document from,
			// the
			// gateway's (never a service's internal address, which a browser cannot
			// reach).
			.servers(List.of(new Server().url("/").description("The gateway, where the document was loaded from")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	@Bean
	OperationCustomizer nexusOperationIds() {
		return (operation, handler) -> operation.operationId(ApiContract.operationId(handler));
	}

	@Bean
	OpenApiCustomizer nexusApiContract() {
		return ApiContract::apply;
	}

	@Bean
	OperationCustomizer pagingParameters() {
		return (operation, handler) -> {
			Arrays.stream(handler.getMethodParameters())
				.filter((parameter) -> PageQuery.class.equals(parameter.getParameterType()))
				.findFirst()
				.ifPresent((parameter) -> {
					Paging paging = parameter.getParameterAnnotation(Paging.class);
					List<String> fields = (paging != null)
							? Arrays.stream(paging.sort()).map((field) -> field.split("=")[0]).toList() : List.of();
					operation.addParametersItem(new Parameter().in("query")
						.name("page")
						.description("Zero-based page number; page x size at most " + PageQuery.MAX_OFFSET)
						.example(0)
						.schema(new IntegerSchema()._default(0)
							.minimum(BigDecimal.ZERO)
							.maximum(BigDecimal.valueOf(PageQuery.MAX_OFFSET))));
					operation.addParametersItem(new Parameter().in("query")
						.name("size")
						.description("Page size, 1 to " + PageQuery.MAX_SIZE)
						.example(PageQuery.DEFAULT_SIZE)
						.schema(new IntegerSchema()._default(PageQuery.DEFAULT_SIZE)
							.minimum(BigDecimal.ONE)
							.maximum(BigDecimal.valueOf(PageQuery.MAX_SIZE))));
					operation.addParametersItem(new Parameter().in("query")
						.name("sort")
						.description("field or field,asc|desc; repeatable. Fields: " + String.join(", ", fields))
						.example(fields.isEmpty() ? null : fields.get(0) + ",asc")
						.schema(fields.isEmpty() ? new StringSchema()
								: new StringSchema().pattern("^(" + String.join("|", fields) + ")(,(asc|desc))?$")));
				});
			return operation;
		};
	}

}
