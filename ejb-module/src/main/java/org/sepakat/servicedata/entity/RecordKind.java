package org.sepakat.servicedata.entity;

/** The kinds of service data a CSV file or a bulk delivery holds; the name is also the bulk's field. */
public enum RecordKind {
    TICKETS("tickets"),
    OUTAGES("outages"),
    KPI_VALUES("kpiValues");

    private final String field;

    RecordKind(String field) {
        this.field = field;
    }

    /** The bulk body's field, and the prefix of a row's problems: "tickets[3].opened". */
    public String field() {
        return field;
    }

    public String row(int index) {
        return field + "[" + index + "]";
    }
}
