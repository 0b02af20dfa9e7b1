package org.sepakat.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sepakat.shared.control.Migrations;
import org.sepakat.shared.entity.DatabaseReady;

/**
 * Brings the schema to the current version with Liquibase before anything else touches the
 * database, then tells the components the database is ready.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/sepakat")
    DataSource dataSource;

    /** Liberty hands a literal "true"/"false" jndiEntry over as a Boolean. */
    @Resource(lookup = "sepakat/demoData")
    Object demoData;

    @Inject
    Event<DatabaseReady> ready;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Migrations.update(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached or migrated: " + e.getMessage(), e);
        }
        boolean wanted = !"false".equalsIgnoreCase(String.valueOf(demoData).trim());
        LOG.info(() -> "Schema is current; demo data " + (wanted ? "on" : "off"));
        ready.fire(new DatabaseReady(wanted));
    }
}
