package nexus.user;

import java.util.List;
import java.util.UUID;

import nexus.testsupport.OpenApiContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts and logins against their own OpenAPI document: every documented operation,
 * called with a request made from the document, answers a documented status with a body
 * that matches the documented schema (docs/api.md, ADR 0011).
 */
class UserContractIT extends UserServiceIntegrationTest {

	@Test
	void everyOperationAnswersAsItsDocumentSays() {
		String adminEmail = uniqueEmail();
		administrator(adminEmail);
		Tokens admin = loggedIn(adminEmail);
		UUID customer = registered(uniqueEmail());

		List<String> violations = OpenApiContract.of("http://localhost:" + this.port)
			.token(admin.accessToken())
			.value("id", customer)
			.value("email", adminEmail)
			.value("password", PASSWORD)
			.value("refreshToken", loggedIn(adminEmail).refreshToken())
			.check();

		assertThat(violations).isEmpty();
	}

}
