package nexus.user.auth.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nexus.user.auth.TokenPair;

record TokenResponse(@Schema(example = "eyJraWQiOiJ...") String accessToken,
		@Schema(example = "q9XnW0b3kqv1c2JpY7m8sZ4tR5uV6wX7yZ8aB9cD0eF") String refreshToken,
		@Schema(example = "Bearer") String tokenType, @Schema(example = "900") long expiresIn) {

	static TokenResponse of(TokenPair pair) {
		return new TokenResponse(pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresIn());
	}

	@Override
	public String toString() {
		return "TokenResponse[expiresIn=" + this.expiresIn + "]";
	}

}
