package nexus.events;

/**
 * An event one Nexus service publishes for the others. Each producing service has its own
 * sealed sub-interface, so a consumer's {@code switch} over it is exhaustive.
 * <p>
 * Every implementation is a record annotated with {@link EventContract}, which fixes the
 * stable wire name and version; the Java class name never reaches the wire.
 */
public interface NexusEvent {

	/**
	 * The id of the aggregate this event is about. It is the Kafka record key (so that
	 * everything about one aggregate stays in order) and the CloudEvents subject.
	 * @return the aggregate id as text
	 */
	String subject();

}
