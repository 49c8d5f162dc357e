package nexus.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in integration tests: real time, moved forward on demand, so a
 * deadline test need not wait ten minutes. A test declares it as the service's
 * {@code Clock} bean ({@link ServiceIntegrationTest} does).
 */
public class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/**
	 * Moves time forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	/** Back to real time. */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
