package nexus.user.auth;

/**
 * What a login or a refresh gives the client.
 *
 * @param accessToken the JWT to send as {@code Authorization: Bearer}
 * @param refreshToken the opaque token that gets the next pair, once
 * @param expiresIn the access token's lifetime in seconds
 */
public record TokenPair(String accessToken, String refreshToken, long expiresIn) {

	@Override
	public String toString() {
		return "TokenPair[expiresIn=" + this.expiresIn + "]";
	}

}
