package org.sepakat.web.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: a load balancer stops sending users to a node that cannot store their work. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/sepakat")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(answers(dataSource)).build();
    }

    /** Whether the database hands out a connection that is still valid. */
    static boolean answers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
