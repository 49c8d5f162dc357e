package nexus.platform.messaging;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.InitializingBean;

/**
 * Creates and migrates the {@code messaging} schema (outbox, inbox, dead letters). It has
 * its own Flyway history, so a service's migrations and the platform's never compete for
 * version numbers.
 */
public class MessagingSchema implements InitializingBean {

	/** The schema that holds the messaging tables. */
	public static final String SCHEMA = "messaging";

	private final DataSource dataSource;

	public MessagingSchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.createSchemas(true)
			.locations("classpath:db/messaging")
			.load()
			.migrate();
	}

}
