package nexus.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire contract of an event record: its stable type name, its version and the topic
 * it is published on. Within a version only additive, optional fields may be added; a
 * breaking change is a new record with the same {@link #type()} and the next
 * {@link #version()}, published side by side until consumers have moved.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EventContract {

	/**
	 * Stable CloudEvents type, such as {@code nexus.order.OrderPlaced}.
	 * @return the type name
	 */
	String type();

	/**
	 * Schema version of the payload, starting at 1.
	 * @return the version
	 */
	int version();

	/**
	 * Topic the event is published on; one of {@link Topics}.
	 * @return the topic name
	 */
	String topic();

}
