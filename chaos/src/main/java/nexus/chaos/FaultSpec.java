package nexus.chaos;

import java.time.Duration;
import java.util.Locale;

/**
 * One fault of a schedule, as it is written on the command line:
 * {@code kind:target[:duration]}, such as {@code kill:order-service},
 * {@code kill:postgres:20s}, {@code pause:catalog-service:50s}, {@code payment:down:20s}
 * or {@code replay:orders}.
 *
 * @param kind what is done
 * @param target to what
 * @param hold how long the fault lasts before it is healed ({@link Duration#ZERO} when it
 * heals by itself: a killed service or broker is restarted by the launcher's supervisor;
 * a replay is over once published)
 */
public record FaultSpec(Kind kind, String target, Duration hold) {

	/**
	 * The fault as it is written.
	 * @return such as {@code kill:postgres:20s}
	 */
	public String text() {
		String base = this.kind.name().toLowerCase(Locale.ROOT) + ":" + this.target;
		return this.hold.isZero() ? base : base + ":" + this.hold.toSeconds() + "s";
	}

	/**
	 * What it does, for the tables.
	 * @return such as {@code kill -9 order-service}
	 */
	public String title() {
		return switch (this.kind) {
			case KILL ->
				"kill -9 " + this.target + (this.hold.isZero() ? "" : ", down " + this.hold.toSeconds() + " s");
			case PAUSE -> "SIGSTOP " + this.target + " " + this.hold.toSeconds() + " s, SIGCONT";
			case PAYMENT -> "payment provider " + this.target + " " + this.hold.toSeconds() + " s";
			case REPLAY ->
				"replay the latest " + FaultSchedule.TOPICS.get(this.target) + " records (duplicated, reordered)";
		};
	}

	/** What a fault does. */
	public enum Kind {

		/**
		 * {@code kill -9} a process; the supervisor (or the suite, for PostgreSQL) starts
		 * it again.
		 */
		KILL,

		/** {@code SIGSTOP} a process for a while, then {@code SIGCONT}. */
		PAUSE,

		/** The payment simulator's fault controls: slow, errors (500), down. */
		PAYMENT,

		/** Publish copies of a topic's latest records again, newest first. */
		REPLAY

	}

}
