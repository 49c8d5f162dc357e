package nexus.testsupport;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.util.ReflectionUtils;

/**
 * The domain events an aggregate has registered, read the way Spring Data reads them when
 * the aggregate is saved (its {@link DomainEvents} and
 * {@link AfterDomainEventPublication} methods), for unit tests and in-memory
 * repositories. The aggregates need not open those methods to their packages one by one.
 */
public final class AggregateEvents {

	private static final Method EVENTS = accessible("domainEvents");

	private static final Method CLEAR = accessible("clearDomainEvents");

	private AggregateEvents() {
	}

	/**
	 * The events registered and not yet published.
	 * @param aggregate the aggregate
	 * @return its events, in the order registered
	 */
	public static List<Object> of(AbstractAggregateRoot<?> aggregate) {
		return List.copyOf((Collection<?>) ReflectionUtils.invokeMethod(EVENTS, aggregate));
	}

	/**
	 * Forgets the events, as Spring Data does once it has published them.
	 * @param aggregate the aggregate
	 */
	public static void clear(AbstractAggregateRoot<?> aggregate) {
		ReflectionUtils.invokeMethod(CLEAR, aggregate);
	}

	/**
	 * The events, then forgotten: what a save publishes.
	 * @param aggregate the aggregate
	 * @return its events, in the order registered
	 */
	public static List<Object> take(AbstractAggregateRoot<?> aggregate) {
		List<Object> events = of(aggregate);
		clear(aggregate);
		return events;
	}

	private static Method accessible(String name) {
		Method method = ReflectionUtils.findMethod(AbstractAggregateRoot.class, name);
		if (method == null) {
			throw new IllegalStateException("AbstractAggregateRoot has no " + name + "()");
		}
		ReflectionUtils.makeAccessible(method);
		return method;
	}

}
