package nexus.problems;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypesTest {

	@Test
	void aTypeIsItsSlugUnderTheOneBase() {
		assertThat(ProblemTypes.of("out-of-stock")).hasToString("https://nexus.dev/problems/out-of-stock");
	}

	@Test
	void everyStatusHasAGenericType() {
		assertThat(ProblemTypes.slugFor(404)).isEqualTo("not-found");
		assertThat(ProblemTypes.slugFor(431)).isEqualTo("headers-too-large");
		assertThat(ProblemTypes.slugFor(503)).isEqualTo("service-unavailable");
		assertThat(ProblemTypes.slugFor(502)).isEqualTo("internal-error");
		assertThat(ProblemTypes.slugFor(418)).isEqualTo("http-418");
		assertThat(ProblemTypes.forStatus(413)).hasToString("https://nexus.dev/problems/payload-too-large");
	}

}
