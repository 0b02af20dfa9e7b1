package org.sepakat.supplier.entity;

/**
 * The processes of the service management system a supplier may provide or operate, in whole or in
 * part (SUP-3): the fixed list of ISO/IEC 20000-1:2018 clause 8, in its order.
 */
public enum SmsProcess {
    SERVICE_PORTFOLIO_PLANNING("8.2.2"),
    CONTROL_OF_PARTIES("8.2.3"),
    SERVICE_CATALOGUE_MANAGEMENT("8.2.4"),
    ASSET_MANAGEMENT("8.2.5"),
    CONFIGURATION_MANAGEMENT("8.2.6"),
    BUSINESS_RELATIONSHIP_MANAGEMENT("8.3.2"),
    SERVICE_LEVEL_MANAGEMENT("8.3.3"),
    SUPPLIER_MANAGEMENT("8.3.4"),
    BUDGETING_AND_ACCOUNTING("8.4.1"),
    DEMAND_MANAGEMENT("8.4.2"),
    CAPACITY_MANAGEMENT("8.4.3"),
    CHANGE_MANAGEMENT("8.5.1"),
    SERVICE_DESIGN_AND_TRANSITION("8.5.2"),
    RELEASE_AND_DEPLOYMENT_MANAGEMENT("8.5.3"),
    INCIDENT_MANAGEMENT("8.6.1"),
    SERVICE_REQUEST_MANAGEMENT("8.6.2"),
    PROBLEM_MANAGEMENT("8.6.3"),
    SERVICE_AVAILABILITY_MANAGEMENT("8.7.1"),
    SERVICE_CONTINUITY_MANAGEMENT("8.7.2"),
    INFORMATION_SECURITY_MANAGEMENT("8.7.3");

    private final String clause;

    SmsProcess(String clause) {
        this.clause = clause;
    }

    /** The clause of ISO/IEC 20000-1:2018 that states the process, e.g. "8.6.1". */
    public String clause() {
        return clause;
    }
}
