package nexus.order.usercopy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The user copy in a map, for unit tests without Spring.
 */
public final class InMemoryUserCopies implements UserCopyRepository {

	private final Map<UUID, UserCopy> copies = new LinkedHashMap<>();

	/**
	 * The user copy's service on this map.
	 * @param clock the clock
	 * @return the service
	 */
	public UserCopies copies(Clock clock) {
		return new UserCopies(this, clock);
	}

	@Override
	public Optional<UserCopy> findById(UUID id) {
		return Optional.ofNullable(this.copies.get(id));
	}

	@Override
	public <S extends UserCopy> S save(S copy) {
		this.copies.put(copy.id(), copy);
		return copy;
	}

}
