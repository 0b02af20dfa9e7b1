package org.sepakat.shared.control;

import java.sql.Connection;
import java.sql.SQLException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Runs the one changelog shared by Derby and PostgreSQL. */
public final class Migrations {

    public static final String CHANGELOG = "db/changelog/sepakat.xml";

    private Migrations() {}

    @SuppressWarnings("deprecation")
    public static void update(Connection connection) {
        try {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(
                    CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), database);
            liquibase.update(new Contexts(), new LabelExpression());
            // leave nothing open on the server's local transaction, which would roll it back and fail
            if (!connection.getAutoCommit()) {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (LiquibaseException | SQLException e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }
}
