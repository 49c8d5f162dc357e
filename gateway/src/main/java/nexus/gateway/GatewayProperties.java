package nexus.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's own settings, under {@code nexus.gateway}.
 *
 * @param cors which browser origins may call the API
 * @param maxBodySize largest request body, except image uploads
 * @param maxUploadSize largest image upload (multipart) body
 * @param rateLimits request rate limits
 * @param graphql limits of GraphQL queries
 */
@Validated
@ConfigurationProperties("nexus.gateway")
public record GatewayProperties(@Valid @DefaultValue Cors cors, @NotNull @DefaultValue("256KB") DataSize maxBodySize,
		@NotNull @DefaultValue("3MB") DataSize maxUploadSize, @Valid @DefaultValue RateLimits rateLimits,
		@Valid @DefaultValue Graphql graphql) {

	/**
	 * CORS.
	 *
	 * @param allowedOrigins exact origins allowed, never {@code *}
	 */
	public record Cors(@DefaultValue("http://localhost:3000,http://localhost:5173") List<String> allowedOrigins) {
	}

	/**
	 * Fixed-window request limits per caller (values in application.yml).
	 *
	 * @param backend {@code memory} (per instance) or {@code redis} (shared by instances)
	 * @param redisUrl the Redis server when the backend is redis
	 * @param authentication login, registration and refresh, per client address
	 * @param authenticated other requests with a token, per user
	 * @param anonymous other requests without a token, per client address
	 */
	public record RateLimits(@NotBlank @DefaultValue("memory") String backend,
			@NotNull @DefaultValue("redis://localhost:6379") URI redisUrl, @Valid @NotNull Limit authentication,
			@Valid @NotNull Limit authenticated, @Valid @NotNull Limit anonymous) {

		public boolean redis() {
			return "redis".equalsIgnoreCase(this.backend);
		}

	}

	/**
	 * One limit.
	 *
	 * @param requests requests allowed per window
	 * @param window the window
	 */
	public record Limit(@Min(1) int requests, @NotNull Duration window) {
	}

	/**
	 * GraphQL query limits, checked before any service is called.
	 *
	 * @param maxDepth deepest selection allowed
	 * @param maxComplexity most fields a query may select in all
	 */
	public record Graphql(@Min(1) @DefaultValue("8") int maxDepth, @Min(1) @DefaultValue("300") int maxComplexity) {
	}

}
