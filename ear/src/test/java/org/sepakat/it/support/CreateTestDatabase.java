package org.sepakat.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run by the build before the integration tests: makes the PostgreSQL test database named in the
 * URL afresh (dropped when a previous run left it, then created; the server itself never creates
 * databases), so every run starts from an empty schema and the demo data of the code under test,
 * as the Derby run does after {@code clean}.
 */
public final class CreateTestDatabase {

    private CreateTestDatabase() {}

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String name = url.substring(url.lastIndexOf('/') + 1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected test database name: " + name);
        }
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        String user = System.getenv().getOrDefault("SEPAKAT_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("SEPAKAT_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(admin, user, password);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            boolean existed;
            try (ResultSet rows = exists.executeQuery()) {
                existed = rows.next();
            }
            try (Statement statement = connection.createStatement()) {
                // the name was checked against a strict pattern above; DROP / CREATE DATABASE take no parameters
                if (existed) {
                    statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
                }
                statement.execute("CREATE DATABASE " + name);
            }
            System.out.println("[sepakat] " + (existed ? "made afresh" : "created") + " test database " + name);
        }
    }
}
