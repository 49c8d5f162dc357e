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
 * @param concurrency how many requests the gateway works on at once
 * @param rateLimits request rate limits
 * @param graphql limits of GraphQL queries
 * @param trustedProxies the proxies in front of the gateway whose {@code X-Forwarded-For}
 * is believed (CIDR ranges or addresses); none by default
 */
@Validated
@ConfigurationProperties("nexus.gateway")
public record GatewayProperties(@Valid @DefaultValue Cors cors, @NotNull @DefaultValue("256KB") DataSize maxBodySize,
		@NotNull @DefaultValue("3MB") DataSize maxUploadSize, @Valid @DefaultValue Concurrency concurrency,
		@Valid @DefaultValue RateLimits rateLimits, @Valid @DefaultValue Graphql graphql,
		@NotNull @DefaultValue List<String> trustedProxies) {

	/**
	 * CORS.
	 *
	 * @param allowedOrigins exact origins allowed, never {@code *}
	 */
	public record Cors(@DefaultValue("http://localhost:3000,http://localhost:5173") List<String> allowedOrigins) {
	}

	/**
	 * One limit on the requests the gateway works on at once (API and GraphQL), in front
	 * of every breaker: a request over it waits up to {@code maxWait} for a permit, then
	 * gets 503 gateway-saturated.
	 *
	 * @param maxConcurrent requests in flight at once
	 * @param maxWait longest wait for a permit
	 * @param maxQueued most requests waiting at once; more are refused at once
	 */
	public record Concurrency(@Min(1) @DefaultValue("256") int maxConcurrent,
			@NotNull @DefaultValue("2s") Duration maxWait, @Min(0) @DefaultValue("1000") int maxQueued) {
	}

	/**
	 * Token-bucket limits per caller (values in application.yml).
	 *
	 * @param backend {@code memory} (per instance) or {@code redis} (shared by instances)
	 * @param redisUrl the Redis server when the backend is redis
	 * @param authentication every credential operation (login, registration, refresh;
	 * REST and each GraphQL alias), per client address
	 * @param publicReads cacheable public reads (GET and HEAD of the catalogue and its
	 * images), per user or client address
	 * @param authenticated other requests with a token, per user
	 * @param anonymous other requests without a token, per client address
	 * @param graphql GraphQL cost units, per user or client address
	 */
	public record RateLimits(@NotBlank @DefaultValue("memory") String backend,
			@NotNull @DefaultValue("redis://localhost:6379") URI redisUrl, @Valid @NotNull Limit authentication,
			@Valid @NotNull Limit publicReads, @Valid @NotNull Limit authenticated, @Valid @NotNull Limit anonymous,
			@Valid @NotNull Limit graphql) {

		public boolean redis() {
			return "redis".equalsIgnoreCase(this.backend);
		}

	}

	/**
	 * One token bucket: it holds at most {@code capacity} tokens (the burst), and
	 * {@code refill} tokens come back every {@code period}, evenly.
	 *
	 * @param capacity most tokens, the burst a caller may spend at once
	 * @param refill tokens added per period
	 * @param period the refill period
	 */
	public record Limit(@Min(1) int capacity, @Min(1) int refill, @NotNull Duration period) {

		/**
		 * Tokens added per millisecond.
		 * @return the refill rate
		 */
		public double perMilli() {
			return (double) this.refill / this.period.toMillis();
		}

	}

	/**
	 * GraphQL query limits, checked before any service is called.
	 *
	 * @param maxDepth deepest selection allowed
	 * @param maxComplexity most fields a query may select in all
	 * @param maxCost most cost units one request may cost (each field 1, times the page
	 * size of the lists around it)
	 * @param listSize the size assumed for a list without a {@code size} argument
	 * @param maxDownstreamCalls most calls to the services one request may make
	 * @param maxItems most list items the services may return to one request
	 */
	public record Graphql(@Min(1) @DefaultValue("8") int maxDepth, @Min(1) @DefaultValue("300") int maxComplexity,
			@Min(1) @DefaultValue("5000") int maxCost, @Min(1) @DefaultValue("10") int listSize,
			@Min(1) @DefaultValue("50") int maxDownstreamCalls, @Min(1) @DefaultValue("2000") int maxItems) {
	}

}
