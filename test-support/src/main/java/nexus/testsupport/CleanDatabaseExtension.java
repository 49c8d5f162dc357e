package nexus.testsupport;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties every table of the test's database (keeping Flyway's history) before each test
 * class, so classes sharing a cached context do not see each other's rows.
 */
class CleanDatabaseExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext extension) {
		DataSource dataSource = SpringExtension.getApplicationContext(extension).getBean(DataSource.class);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> tables = jdbc.queryForList("""
				SELECT quote_ident(schemaname) || '.' || quote_ident(tablename)
				FROM pg_tables
				WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
				  AND tablename <> 'flyway_schema_history'
				""", String.class);
		if (!tables.isEmpty()) {
			jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
		}
	}

}
