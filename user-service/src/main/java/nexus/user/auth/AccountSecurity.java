package nexus.user.auth;

import java.util.List;
import java.util.UUID;

import nexus.platform.domain.InvalidValue;
import nexus.platform.domain.NotFound;
import nexus.platform.domain.NotPermitted;
import nexus.user.account.AccountService;
import nexus.user.token.LoginSession;
import nexus.user.token.RefreshTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an account holder does about their own access: change the password (which ends
 * every other login and revokes every access token issued before), list their logins, end
 * one, or sign out everywhere (every login ended, every access token revoked). Each
 * change of the account and of its logins commits together.
 */
@Service
public class AccountSecurity {

	private final AccountService accounts;

	private final RefreshTokens refreshTokens;

	AccountSecurity(AccountService accounts, RefreshTokens refreshTokens) {
		this.accounts = accounts;
		this.refreshTokens = refreshTokens;
	}

	/**
	 * Changes the password and ends every other login. The caller's own login goes on:
	 * its access token is revoked like every other, and its refresh token gets a new one.
	 * @param userId the user
	 * @param currentSession the caller's login, kept, or {@code null}
	 * @param currentPassword the password now
	 * @param newPassword the password from now on
	 * @throws NotPermitted {@code wrong-password}; nothing changes
	 * @throws InvalidValue {@code weak-password}; nothing changes
	 */
	@Transactional
	public void changePassword(UUID userId, @Nullable UUID currentSession, String currentPassword, String newPassword) {
		this.accounts.changePassword(userId, currentPassword, newPassword);
		this.refreshTokens.endSessionsExcept(userId, currentSession);
	}

	/**
	 * Ends every login of the user and revokes every access token issued so far.
	 * @param userId the user
	 */
	@Transactional
	public void signOutEverywhere(UUID userId) {
		this.accounts.signOutEverywhere(userId);
		this.refreshTokens.endSessionsExcept(userId, null);
	}

	/**
	 * The user's active logins.
	 * @param userId the user
	 * @return them, most recently used first
	 */
	public List<LoginSession> sessions(UUID userId) {
		return this.refreshTokens.sessions(userId);
	}

	/**
	 * Ends one login: its refresh token no longer works. (Its last access token lives out
	 * its few minutes; signing out everywhere revokes those too.)
	 * @param userId the user
	 * @param sessionId the login
	 * @throws NotFound when the user has no such active login
	 */
	public void endSession(UUID userId, UUID sessionId) {
		this.refreshTokens.endSession(userId, sessionId);
	}

}
