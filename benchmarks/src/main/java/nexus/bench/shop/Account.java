package nexus.bench.shop;

import java.time.Duration;

/**
 * A user the benchmark acts as, with an access token it renews by logging in again before
 * the token runs out (they live 15 minutes by default; a long run outlasts them).
 */
public final class Account {

	private static final Duration RENEW_AFTER = Duration.ofMinutes(10);

	private final String id;

	private final String email;

	private final String password;

	private final Shop shop;

	private String token;

	private long obtainedAt;

	Account(String id, String email, String password, Shop shop, String token) {
		this.id = id;
		this.email = email;
		this.password = password;
		this.shop = shop;
		this.token = token;
		this.obtainedAt = System.nanoTime();
	}

	/**
	 * The user's id.
	 * @return the id, or {@code null} when it is not known (an existing administrator)
	 */
	public String id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	/**
	 * A valid access token, renewed when it is old.
	 * @return the token
	 */
	public synchronized String token() {
		if (System.nanoTime() - this.obtainedAt > RENEW_AFTER.toNanos()) {
			this.token = this.shop.accessToken(this.email, this.password);
			this.obtainedAt = System.nanoTime();
		}
		return this.token;
	}

}
