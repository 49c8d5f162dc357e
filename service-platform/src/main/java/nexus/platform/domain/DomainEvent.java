package nexus.platform.domain;

/**
 * Something that happened to an aggregate, in the domain's words. Aggregates register
 * them as they change state (Spring Data's {@code AbstractAggregateRoot}); when the
 * aggregate is saved, the platform hands each one to the service's
 * {@code EventTranslator}, which turns those other services must hear about into the wire
 * records of {@code common-events}, written to the outbox in the same transaction.
 * <p>
 * Domain events are the service's own and may change freely; the wire records are a
 * contract and change only compatibly. The translator is the one place where the two
 * meet.
 */
public interface DomainEvent {

}
