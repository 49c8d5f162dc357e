package nexus.catalog.author;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorNamesTest {

	@Test
	void showsTheFirstNameAndTheInitialOfTheLastName() {
		assertThat(AuthorNames.displayName("Ada", "Lovelace")).isEqualTo("Ada L.");
		assertThat(AuthorNames.displayName(" Émile ", "Ørsted")).isEqualTo("Émile Ø.");
		assertThat(AuthorNames.displayName("Cher", " ")).isEqualTo("Cher");
	}

}
