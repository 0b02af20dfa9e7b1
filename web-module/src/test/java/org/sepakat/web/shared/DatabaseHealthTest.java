package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Readiness follows the database: DOWN while no valid connection can be had. */
class DatabaseHealthTest {

    private static DataSource database(boolean reachable, boolean valid) {
        Connection connection = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> valid;
                    case "close" -> null;
                    default -> throw new IllegalStateException("not used by the check: " + method.getName());
                });
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!"getConnection".equals(method.getName())) {
                        throw new IllegalStateException("not used by the check: " + method.getName());
                    }
                    if (!reachable) {
                        throw new SQLException("Connection refused", "08001");
                    }
                    return connection;
                });
    }

    @Test
    @DisplayName("Readiness is DOWN while the database is unreachable or hands out broken connections")
    void readinessFollowsTheDatabase() {
        assertThat(DatabaseHealth.answers(database(true, true))).isTrue();
        assertThat(DatabaseHealth.answers(database(false, false))).isFalse();
        assertThat(DatabaseHealth.answers(database(true, false))).isFalse();
    }
}
