package nexus.platform.messaging.deadletter;

import java.util.UUID;

import nexus.events.CloudEventHeaders;
import nexus.platform.messaging.outbox.OutboxMessage;
import nexus.platform.messaging.outbox.OutboxStore;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a dead letter back to its original topic, unchanged, through the outbox. Every
 * group on that topic sees it again; those that already applied it skip it by its event
 * id, and the group that failed gets another chance.
 */
public class DeadLetterReplayer {

	private final DeadLetterStore deadLetters;

	private final OutboxStore outbox;

	private final TransactionTemplate transactions;

	private final Runnable wakeRelay;

	public DeadLetterReplayer(DeadLetterStore deadLetters, OutboxStore outbox, TransactionTemplate transactions,
			Runnable wakeRelay) {
		this.deadLetters = deadLetters;
		this.outbox = outbox;
		this.transactions = transactions;
		this.wakeRelay = wakeRelay;
	}

	/**
	 * Replays one pending dead letter.
	 * @param id the dead letter's id
	 * @return whether it was replayed; {@code false} if unknown or already replayed
	 */
	public boolean replay(UUID id) {
		Boolean replayed = this.transactions.execute((status) -> this.deadLetters.lockPending(id).map((letter) -> {
			String eventId = letter.headers().get(CloudEventHeaders.ID);
			this.outbox.append(new OutboxMessage((eventId != null) ? safeUuid(eventId) : UUID.randomUUID(),
					letter.topic(), (letter.key() != null) ? letter.key() : "",
					letter.headers().getOrDefault(CloudEventHeaders.TYPE, "unknown"), letter.headers(),
					(letter.payload() != null) ? letter.payload() : new byte[0]));
			this.deadLetters.markReplayed(id);
			return true;
		}).orElse(false));
		if (Boolean.TRUE.equals(replayed)) {
			this.wakeRelay.run();
			return true;
		}
		return false;
	}

	private static UUID safeUuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return UUID.randomUUID();
		}
	}

}
