package org.sepakat.servicedata.entity;

/** What a delivery did: records created and updated, per kind. */
public record ReceivedCounts(Count tickets, Count outages, Count kpiValues) {

    /** Created and updated records of one kind. */
    public record Count(int created, int updated) {
        public int total() {
            return created + updated;
        }
    }

    public int created() {
        return tickets.created() + outages.created() + kpiValues.created();
    }

    public int updated() {
        return tickets.updated() + outages.updated() + kpiValues.updated();
    }
}
