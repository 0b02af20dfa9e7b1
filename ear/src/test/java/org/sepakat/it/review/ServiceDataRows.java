package org.sepakat.it.review;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Service data written straight into the sd_* tables the reviews read, as the ingestion would
 * deliver it; moments are given as local times in a zone. Ids are far above the generator's range.
 */
final class ServiceDataRows {

    private static final AtomicLong IDS = new AtomicLong(8_000_000_000_000L + System.currentTimeMillis() % 1_000_000_000L * 1000);

    private final ZoneId zone;

    ServiceDataRows(ZoneId zone) {
        this.zone = zone;
    }

    long at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toEpochSecond();
    }

    private static Connection connection() throws NamingException, SQLException {
        return InitialContext.<DataSource>doLookup("jdbc/sepakat").getConnection();
    }

    long ticket(long customerId, long serviceId, String kind, String priority, String category, String opened,
            String firstResponse, String resolved) throws Exception {
        long id = IDS.incrementAndGet();
        try (Connection connection = connection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sd_ticket (id, version, external_id, service_id, customer_id, kind, priority, category,"
                        + " opened_s, first_response_s, resolved_s, received_at, received_by)"
                        + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test')")) {
            insert.setLong(1, id);
            insert.setString(2, "IT-" + id);
            insert.setLong(3, serviceId);
            insert.setLong(4, customerId);
            insert.setString(5, kind);
            insert.setString(6, priority);
            insert.setString(7, category);
            insert.setLong(8, at(opened));
            moment(insert, 9, firstResponse);
            moment(insert, 10, resolved);
            insert.setTimestamp(11, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    void pause(long ticketId, String starts, String ends) throws Exception {
        try (Connection connection = connection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sd_ticket_pause (ticket_id, starts_s, ends_s) VALUES (?, ?, ?)")) {
            insert.setLong(1, ticketId);
            insert.setLong(2, at(starts));
            insert.setLong(3, at(ends));
            insert.executeUpdate();
        }
    }

    void outage(long serviceId, String starts, String ends, boolean planned) throws Exception {
        long id = IDS.incrementAndGet();
        try (Connection connection = connection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sd_outage (id, version, external_id, service_id, starts_s, ends_s, planned, received_at,"
                        + " received_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'test')")) {
            insert.setLong(1, id);
            insert.setString(2, "IT-" + id);
            insert.setLong(3, serviceId);
            insert.setLong(4, at(starts));
            moment(insert, 5, ends);
            insert.setBoolean(6, planned);
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    void kpi(long agreementId, String measure, LocalDate periodStart, String value) throws Exception {
        long id = IDS.incrementAndGet();
        try (Connection connection = connection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sd_kpi_value (id, version, external_id, agreement_id, measure_name, period_start,"
                        + " measured_value, received_at, received_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'test')")) {
            insert.setLong(1, id);
            insert.setString(2, "IT-" + id);
            insert.setLong(3, agreementId);
            insert.setString(4, measure);
            insert.setDate(5, Date.valueOf(periodStart));
            insert.setBigDecimal(6, new BigDecimal(value));
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private void moment(PreparedStatement insert, int index, String localDateTime) throws SQLException {
        if (localDateTime == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, at(localDateTime));
        }
    }
}
