package nexus.platform.messaging.deadletter;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/deadletters}: operators list dead letters ({@code GET}, optional
 * {@code status} and {@code limit}), read one ({@code GET /{id}}) and replay one
 * ({@code POST /{id}}). Administrators only.
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

	private static final int MAX_LIMIT = 500;

	private final DeadLetterStore store;

	private final DeadLetterReplayer replayer;

	public DeadLetterEndpoint(DeadLetterStore store, DeadLetterReplayer replayer) {
		this.store = store;
		this.replayer = replayer;
	}

	@ReadOperation
	public List<DeadLetter> list(DeadLetter.@Nullable Status status, @Nullable Integer limit) {
		int size = (limit != null) ? Math.clamp(limit, 1, MAX_LIMIT) : 100;
		return this.store.list(status, size);
	}

	@ReadOperation
	public @Nullable DeadLetter one(@Selector UUID id) {
		return this.store.find(id).orElse(null);
	}

	@WriteOperation
	public Map<String, Object> replay(@Selector UUID id) {
		boolean replayed = this.replayer.replay(id);
		return Map.of("id", id, "replayed", replayed);
	}

}
