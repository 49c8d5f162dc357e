package nexus.catalog.author;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue's copy of users' display names, shown as the authors of reviews and
 * comments, kept from user events. A display name is the first name and the initial of
 * the last name ("Ada L."): enough to tell reviewers apart, without publishing full
 * names.
 */
@Component
public class AuthorNames {

	private final JdbcClient jdbc;

	AuthorNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Remembers the name a user has as of a time; an older name never replaces a newer
	 * one, so a replayed old event changes nothing.
	 * @param userId the user
	 * @param firstName their first name
	 * @param lastName their last name
	 * @param at when they had it
	 */
	public void named(UUID userId, String firstName, String lastName, Instant at) {
		save(userId, displayName(firstName, lastName), at);
	}

	static String displayName(String firstName, String lastName) {
		String first = firstName.strip();
		String last = lastName.strip();
		String name = last.isEmpty() ? first : first + " " + last.substring(0, last.offsetByCodePoints(0, 1)) + ".";
		return name.length() <= 200 ? name : name.substring(0, 200);
	}

	private void save(UUID userId, String displayName, Instant at) {
		// Only a newer state replaces the copy, so a replayed old event changes nothing.
		this.jdbc.sql("""
				INSERT INTO author (id, display_name, updated_at) VALUES (:id, :name, :at)
				ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name, updated_at = EXCLUDED.updated_at
				WHERE author.updated_at <= EXCLUDED.updated_at
				""").param("id", userId).param("name", displayName).param("at", at.atOffset(ZoneOffset.UTC)).update();
	}

}
