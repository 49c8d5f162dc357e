package nexus.user.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import nexus.platform.domain.NotPermitted;
import nexus.user.account.AccountService;
import nexus.user.account.Credentials;
import nexus.user.token.AccessTokens;
import nexus.user.token.RefreshTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Login, refresh and logout. An unknown e-mail and a wrong password get the same answer
 * in about the same time, and failed logins delay the next attempt more and more, per
 * account and client address, per account and per client address (never a lock that a
 * stranger could keep renewing). Not transactional as a whole: each step commits on its
 * own, so that a counted failure or a revoked login stays recorded when the request is
 * refused.
 * <p>
 * A login or refresh that does not authenticate is an outcome ({@link LoginOutcome},
 * {@link RefreshOutcome}) for the web layer to answer; a deactivated account is a domain
 * refusal ({@link NotPermitted} {@code account-deactivated}).
 */
@Service
public class AuthService {

	private final AccountService accounts;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final AccessTokens accessTokens;

	private final RefreshTokens refreshTokens;

	private final MeterRegistry meters;

	private final Clock clock;

	// Checked when the e-mail is unknown, so that both failures take as long.
	private final String decoyHash;

	AuthService(AccountService accounts, PasswordEncoder passwords, LoginThrottle throttle, AccessTokens accessTokens,
			RefreshTokens refreshTokens, MeterRegistry meters, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.accessTokens = accessTokens;
		this.refreshTokens = refreshTokens;
		this.meters = meters;
		this.clock = clock;
		this.decoyHash = passwords.encode(UUID.randomUUID().toString());
	}

	/**
	 * Logs a user in.
	 * @param email the e-mail address typed
	 * @param password the password typed
	 * @param clientAddress where the request comes from
	 * @param userAgent what the client says it is, if anything
	 * @return the new tokens, or why there are none
	 * @throws NotPermitted {@code account-deactivated}, after the right password
	 */
	public LoginOutcome login(String email, String password, String clientAddress, @Nullable String userAgent) {
		Instant now = this.clock.instant();
		Optional<Duration> blocked = this.throttle.blockedFor(email, clientAddress, now);
		if (blocked.isPresent()) {
			countLogin("throttled");
			return new LoginOutcome.Throttled(blocked.get());
		}
		Optional<Credentials> credentials = this.accounts.credentials(email);
		boolean matches = this.passwords.matches(password,
				credentials.map(Credentials::passwordHash).orElse(this.decoyHash)) && credentials.isPresent();
		if (!matches) {
			this.throttle.recordFailure(email, clientAddress, now);
			countLogin("bad_credentials");
			return new LoginOutcome.BadCredentials();
		}
		Credentials user = credentials.get();
		if (!user.active()) {
			countLogin("deactivated");
			throw deactivated();
		}
		this.throttle.recordSuccess(email, clientAddress);
		countLogin("success");
		RefreshTokens.Started login = this.refreshTokens.startLogin(user.userId(), clientAddress, userAgent);
		return new LoginOutcome.LoggedIn(tokens(user, login.token(), login.sessionId()));
	}

	/**
	 * Exchanges a refresh token for the next pair.
	 * @param refreshToken the token the client holds
	 * @return the new tokens, or why there are none
	 * @throws NotPermitted {@code account-deactivated}; the login is ended
	 */
	public RefreshOutcome refresh(String refreshToken) {
		RefreshTokens.Rotation rotation = this.refreshTokens.rotate(refreshToken);
		countRefresh(rotation.outcome());
		return switch (rotation) {
			case RefreshTokens.Refused(RefreshTokens.Reason reason) -> new RefreshOutcome.Refused(reason);
			case RefreshTokens.Rotated rotated -> {
				Optional<Credentials> user = this.accounts.credentials(rotated.userId()).filter(Credentials::active);
				if (user.isEmpty()) {
					// The login of a deactivated account ends here, whatever the client
					// does next.
					this.refreshTokens.revokeLogin(rotated.familyId());
					throw deactivated();
				}
				yield new RefreshOutcome.Refreshed(tokens(user.get(), rotated.nextToken(), rotated.familyId()));
			}
		};
	}

	/**
	 * Ends the login a refresh token belongs to.
	 * @param refreshToken the token the client holds
	 */
	public void logout(String refreshToken) {
		this.refreshTokens.logout(refreshToken);
	}

	private TokenPair tokens(Credentials user, String refreshToken, UUID sessionId) {
		AccessTokens.IssuedAccessToken access = this.accessTokens.issue(user.userId(), user.email(), user.roles(),
				user.tokensNotBefore(), sessionId);
		return new TokenPair(access.value(), refreshToken, access.expiresInSeconds());
	}

	private static NotPermitted deactivated() {
		return new NotPermitted("account-deactivated", "Account deactivated", "This account has been deactivated");
	}

	private void countLogin(String outcome) {
		this.meters.counter("nexus.logins", "outcome", outcome).increment();
	}

	private void countRefresh(String outcome) {
		this.meters.counter("nexus.token.refreshes", "outcome", outcome).increment();
	}

}
