package nexus.user.token.web;

import java.time.Duration;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import nexus.user.token.SigningKeys;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public keys that verify access tokens (RFC 7517). Every key that may still have
 * signed a valid token is here; resource servers cache the set and fetch it again when
 * they meet an unknown {@code kid}.
 */
@RestController
@Tag(name = "Keys")
class JwksController {

	private final SigningKeys keys;

	JwksController(SigningKeys keys) {
		this.keys = keys;
	}

	@GetMapping("/.well-known/jwks.json")
	@Operation(summary = "Public keys that verify access tokens")
	@SecurityRequirements
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.keys.published().toJSONObject());
	}

}
