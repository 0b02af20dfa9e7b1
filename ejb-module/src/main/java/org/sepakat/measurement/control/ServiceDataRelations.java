package org.sepakat.measurement.control;

/**
 * The service data the engine's SQL reads, one relation per kind with its alias: the records as they
 * stand ({@link #CURRENT}, what every review reads) or their versions as they stood at the run's
 * {@code as_of} instant ({@link #AS_OF}, what a reproduction reads). Each kind comes with the condition
 * that picks its rows ({@code tickets} + {@code ticketsAt}): nothing for the current records, the
 * latest version received by then for the versions. The engine's statements are the same text around
 * them, so a reproduction computes exactly what a review computes.
 */
record ServiceDataRelations(
        String tickets,
        String ticketsAt,
        String pauses,
        String pausesOfTicket,
        String outages,
        String outagesAt,
        String kpiValues,
        String kpiValuesAt) {

    static final ServiceDataRelations CURRENT = new ServiceDataRelations(
            "sd_ticket_pub t",
            "",
            "sd_ticket_pause_pub p",
            "p.ticket_id = t.id",
            "sd_outage_pub o",
            "",
            "sd_kpi_value_pub k",
            "");

    /** A version's {@code id} is its own; its pauses name it. */
    static final ServiceDataRelations AS_OF = new ServiceDataRelations(
            "sd_ticket_version_pub t",
            latest("t", "sd_ticket_version_pub", "ticket_id"),
            "sd_ticket_pause_version_pub p",
            "p.version_id = t.id",
            "sd_outage_version_pub o",
            latest("o", "sd_outage_version_pub", "outage_id"),
            "sd_kpi_value_version_pub k",
            latest("k", "sd_kpi_value_version_pub", "kpi_value_id"));

    static ServiceDataRelations of(boolean asOf) {
        return asOf ? AS_OF : CURRENT;
    }

    /** The version of each record received last by the item's {@code as_of}: none received later by then. */
    private static String latest(String alias, String view, String record) {
        return " AND " + alias + ".received_at <= g.as_of AND NOT EXISTS (SELECT 1 FROM " + view + " n WHERE n."
                + record + " = " + alias + "." + record + " AND n.version_no > " + alias
                + ".version_no AND n.received_at <= g.as_of)";
    }
}
