package org.sepakat.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run by the build before the integration tests: creates the PostgreSQL test database named in
 * the URL when it does not exist yet (the server itself never creates databases).
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
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    System.out.println("[sepakat] test database " + name + " exists");
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name was checked against a strict pattern above; CREATE DATABASE takes no parameters
                create.execute("CREATE DATABASE " + name);
            }
            System.out.println("[sepakat] created test database " + name);
        }
    }
}
