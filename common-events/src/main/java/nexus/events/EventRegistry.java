package nexus.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nexus.events.catalog.CatalogEvent;
import nexus.events.order.OrderEvent;
import nexus.events.user.UserEvent;

/**
 * Every event type and version Nexus knows, found by walking the sealed interface of each
 * producing service: adding a record to one of them registers it.
 */
public final class EventRegistry {

	/**
	 * The sealed event interface of each producing service. (Sealed hierarchies must stay
	 * within one package on the class path, hence one root per service.)
	 */
	public static final List<Class<? extends NexusEvent>> ROOTS = List.of(UserEvent.class, CatalogEvent.class,
			OrderEvent.class);

	private static final List<EventDescriptor> ALL;

	private static final Map<String, EventDescriptor> BY_TYPE_AND_VERSION = new HashMap<>();

	private static final Map<Class<?>, EventDescriptor> BY_CLASS = new HashMap<>();

	static {
		List<EventDescriptor> found = new ArrayList<>();
		ROOTS.forEach((root) -> collect(root, found));
		found.sort(Comparator.comparing(EventDescriptor::type).thenComparing(EventDescriptor::version));
		for (EventDescriptor descriptor : found) {
			EventDescriptor previous = BY_TYPE_AND_VERSION.put(key(descriptor.type(), descriptor.version()),
					descriptor);
			if (previous != null) {
				throw new IllegalStateException("Two records claim " + descriptor.type() + " v" + descriptor.version()
						+ ": " + previous.javaType().getName() + " and " + descriptor.javaType().getName());
			}
			BY_CLASS.put(descriptor.javaType(), descriptor);
		}
		ALL = Collections.unmodifiableList(found);
	}

	private EventRegistry() {
	}

	/**
	 * Every registered type and version, sorted by type then version.
	 * @return the descriptors
	 */
	public static List<EventDescriptor> all() {
		return ALL;
	}

	/**
	 * Looks up a type and version.
	 * @param type the stable type name
	 * @param version the schema version
	 * @return the descriptor, if known
	 */
	public static Optional<EventDescriptor> find(String type, int version) {
		return Optional.ofNullable(BY_TYPE_AND_VERSION.get(key(type, version)));
	}

	/**
	 * The descriptor of an event instance.
	 * @param event the event
	 * @return its descriptor
	 */
	public static EventDescriptor descriptorOf(NexusEvent event) {
		return descriptorOf(event.getClass());
	}

	/**
	 * The descriptor of an event record class.
	 * @param type the record class
	 * @return its descriptor
	 */
	public static EventDescriptor descriptorOf(Class<? extends NexusEvent> type) {
		EventDescriptor descriptor = BY_CLASS.get(type);
		if (descriptor == null) {
			throw new IllegalArgumentException(type.getName() + " is not a registered event record");
		}
		return descriptor;
	}

	@SuppressWarnings("unchecked")
	private static void collect(Class<?> type, List<EventDescriptor> found) {
		if (type.isSealed()) {
			for (Class<?> permitted : type.getPermittedSubclasses()) {
				collect(permitted, found);
			}
			return;
		}
		EventContract contract = type.getAnnotation(EventContract.class);
		if (!type.isRecord() || contract == null) {
			throw new IllegalStateException(type.getName() + " must be a record annotated with @EventContract");
		}
		found.add(new EventDescriptor(contract.type(), contract.version(), contract.topic(),
				(Class<? extends NexusEvent>) type));
	}

	private static String key(String type, int version) {
		return type + "#" + version;
	}

}
