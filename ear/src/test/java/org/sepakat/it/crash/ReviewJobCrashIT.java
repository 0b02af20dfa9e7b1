package org.sepakat.it.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.Api;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.StandaloneServer;

/**
 * SLM-6: the server dies (kill -9) in the middle of a review job; when it starts again the job
 * goes on from its last checkpoint and ends with exactly one report per SLA and month. Runs the
 * production configuration (the EAR declared in the server configuration) on PostgreSQL, with a
 * database of its own that it creates afresh.
 */
@Tag("crash")
class ReviewJobCrashIT {

    /**
     * Enough SLAs for twelve chunks of five: the kill comes after the second chunk, so ten chunks
     * (each with its pause) are still to go when it lands.
     */
    private static final int SLAS = 60;

    private static final String SERVER = System.getProperty("sepakat.it.crash.server", "sepakat-crash");
    private static final String BASE = System.getProperty("sepakat.it.crash.baseUrl", "http://localhost:9182/");
    private static final String PG_URL =
            System.getProperty("sepakat.it.crash.pg.url", "jdbc:postgresql://127.0.0.1:5432/sepakat_crash_test");
    private static final YearMonth PERIOD =
            YearMonth.now(ZoneId.of("Asia/Jakarta")).minusMonths(1);

    private final Api admin = Api.as(DemoUsers.ADMIN).at(BASE);
    private final StandaloneServer server = new StandaloneServer(
            SERVER,
            BASE,
            Map.of(
                    "SEPAKAT_DB",
                    "postgresql",
                    "SEPAKAT_DB_URL",
                    PG_URL,
                    "SEPAKAT_DB_USER",
                    "postgres",
                    "SEPAKAT_MAIL",
                    "none"));

    @Test
    @DisplayName(
            "SLM-6: a review job killed with the server is restarted at the next start; one report per SLA and month")
    void killedJobIsRestartedAndReportsEachSlaOnce() throws Exception {
        recreateDatabase();
        try {
            server.start();
            SlaCopies copies = SlaCopies.ofDemoSla(PG_URL, SLAS);

            // small chunks with a pause, so the kill lands between the first and the last chunk
            var started = admin.post(
                    "api/v1/review-jobs",
                    "{\"period\":\"" + PERIOD + "\",\"itemCount\":5,\"pauseMillisBetweenChunks\":250}");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            long firstExecution = started.json().getJsonNumber("executionId").longValue();
            long instance = started.json().getJsonNumber("instanceId").longValue();

            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> copies.reports(PERIOD) >= 10);
            server.kill();
            int beforeCrash = copies.reports(PERIOD);
            assertThat(beforeCrash).as("reports stored before the kill").isBetween(1, SLAS - 1);

            server.start();
            await().atMost(Duration.ofSeconds(150))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "COMPLETED".equals(latestOf(instance).getString("batchStatus")));

            JsonObject finished = latestOf(instance);
            assertThat(finished.getJsonNumber("executionId").longValue())
                    .as("a restart, not the killed execution")
                    .isNotEqualTo(firstExecution);
            assertThat(admin.get("api/v1/review-jobs/" + firstExecution).json().getString("batchStatus"))
                    .isEqualTo("FAILED");
            assertThat(copies.reports(PERIOD)).isEqualTo(SLAS);
            assertThat(copies.slasWithMoreThanOneReport(PERIOD)).isZero();
        } finally {
            server.stop();
        }
    }

    /** The newest execution of a job instance, through the application's own API. */
    private JsonObject latestOf(long instance) {
        var page = admin.get("api/v1/review-jobs?size=50").json().getJsonArray("items");
        return page.stream()
                .map(JsonObject.class::cast)
                .filter(run -> run.getJsonNumber("instanceId").longValue() == instance)
                .findFirst()
                .orElseThrow();
    }

    private static void recreateDatabase() throws SQLException {
        String name = PG_URL.substring(PG_URL.lastIndexOf('/') + 1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected test database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(
                        PG_URL.substring(0, PG_URL.lastIndexOf('/') + 1) + "postgres", "postgres", "");
                Statement ddl = connection.createStatement()) {
            // the name was checked against a strict pattern above; DDL takes no parameters
            ddl.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            ddl.execute("CREATE DATABASE " + name);
        }
    }

    /**
     * Copies of the demo SLA made in the database, so the job has hundreds of complete SLAs to
     * review without hundreds of API calls; valid since 2000 so every past month is due.
     */
    private record SlaCopies(String url, long firstId, int count) {

        private static final String[] CHILDREN = {
            "sl_agreement_service", "sl_target", "sl_workload_limit", "sl_maintenance_window", "sl_excluded_category"
        };

        static SlaCopies ofDemoSla(String url, int count) throws SQLException {
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                db.setAutoCommit(false);
                long template = single(db, "SELECT MIN(id) FROM sl_agreement WHERE status = 'ACTIVE'");
                long next = single(db, "SELECT next_value FROM sepakat_ids WHERE id_name = 'sepakat'");
                long first = next + 1000;
                try (PreparedStatement bump =
                        db.prepareStatement("UPDATE sepakat_ids SET next_value = ? WHERE id_name = 'sepakat'")) {
                    bump.setLong(1, first + 2L * count + 1000);
                    bump.executeUpdate();
                }
                copy(db, "sl_agreement", template, first, count, null);
                for (String child : CHILDREN) {
                    copy(db, child, template, first, count, null);
                }
                copy(db, "sl_agreed_version", template, first, count, first + count);
                db.commit();
                return new SlaCopies(url, first + 1, count);
            }
        }

        /** INSERT ... SELECT over generate_series: copy n gets agreement id first + n. */
        private static void copy(Connection db, String table, long template, long first, int count, Long ownIdsFrom)
                throws SQLException {
            boolean isAgreement = "sl_agreement".equals(table);
            StringBuilder columns = new StringBuilder();
            StringBuilder values = new StringBuilder();
            try (Statement probe = db.createStatement();
                    ResultSet none = probe.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                var meta = none.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i);
                    columns.append(columns.isEmpty() ? "" : ", ").append(column);
                    values.append(values.isEmpty() ? "" : ", ")
                            .append(
                                    switch (column) {
                                        case "id" -> isAgreement ? first + " + n" : ownIdsFrom + " + n";
                                        case "agreement_id" -> first + " + n";
                                        case "reference" -> "reference || '-C' || n";
                                        case "valid_from" -> "DATE '2000-01-01'";
                                        default -> column;
                                    });
                }
            }
            String key = isAgreement ? "id" : "agreement_id";
            // table and column names come from the schema itself; the values are parameters
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (" + columns + ") SELECT "
                    + values + " FROM " + table + ", generate_series(1, ?) AS n WHERE " + key + " = ?")) {
                insert.setInt(1, count);
                insert.setLong(2, template);
                insert.executeUpdate();
            }
        }

        int reports(YearMonth period) throws SQLException {
            return (int) count(
                    "SELECT COUNT(*) FROM rv_period_report WHERE agreement_id BETWEEN ? AND ? AND period_start = ?",
                    period);
        }

        int slasWithMoreThanOneReport(YearMonth period) throws SQLException {
            return (int) count(
                    "SELECT COUNT(*) FROM (SELECT agreement_id FROM rv_period_report WHERE agreement_id BETWEEN ? AND ?"
                            + " AND period_start = ? GROUP BY agreement_id HAVING COUNT(*) > 1) doubled",
                    period);
        }

        private long count(String sql, YearMonth period) throws SQLException {
            try (Connection db = DriverManager.getConnection(url, "postgres", "");
                    PreparedStatement query = db.prepareStatement(sql)) {
                query.setLong(1, firstId);
                query.setLong(2, firstId + count - 1);
                query.setObject(3, LocalDate.from(period.atDay(1)));
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }

        private static long single(Connection db, String sql) throws SQLException {
            try (Statement query = db.createStatement();
                    ResultSet rows = query.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
