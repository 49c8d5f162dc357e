package nexus.platform.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who and what the current work belongs to: the correlation id of the client request that
 * started it, and the acting user. Both live in the logging MDC, so every log line
 * carries them; the web filter sets them for a request, the event consumer for an event,
 * and the outbox copies them into the events it writes.
 */
public final class CorrelationContext {

	/** MDC key of the correlation id. */
	public static final String CORRELATION_ID = "correlationId";

	/** MDC key of the acting user, when known. */
	public static final String ACTOR = "actor";

	/** HTTP header that carries the correlation id in and out. */
	public static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private CorrelationContext() {
	}

	/**
	 * The current correlation id, if any.
	 * @return the id or {@code null}
	 */
	public static @Nullable String correlationId() {
		return MDC.get(CORRELATION_ID);
	}

	/**
	 * The acting user: the authenticated principal of a request, or the actor of the
	 * event being consumed.
	 * @return the user id or {@code null}
	 */
	public static @Nullable String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			return authentication.getName();
		}
		return MDC.get(ACTOR);
	}

	/**
	 * A client-supplied id if it is safe to log and echo, else a fresh one.
	 * @param candidate the id the client sent, or {@code null}
	 * @return an id to use
	 */
	public static String acceptOrCreate(@Nullable String candidate) {
		return (candidate != null && ACCEPTABLE_ID.matcher(candidate).matches()) ? candidate
				: UUID.randomUUID().toString();
	}

	/**
	 * Binds a correlation id and actor to the current thread until the returned scope is
	 * closed, restoring what was there before.
	 * @param correlationId the correlation id, or {@code null}
	 * @param actor the actor, or {@code null}
	 * @return the scope to close
	 */
	public static Scope open(@Nullable String correlationId, @Nullable String actor) {
		String previousCorrelation = MDC.get(CORRELATION_ID);
		String previousActor = MDC.get(ACTOR);
		put(CORRELATION_ID, correlationId);
		put(ACTOR, actor);
		return () -> {
			put(CORRELATION_ID, previousCorrelation);
			put(ACTOR, previousActor);
		};
	}

	private static void put(String key, @Nullable String value) {
		if (value == null) {
			MDC.remove(key);
		}
		else {
			MDC.put(key, value);
		}
	}

	/** A binding that is undone on close. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
