package org.sepakat.shared.entity;

import java.util.Set;

/**
 * what a role may change, in one table. The pages read it to offer only what the user may do
 * ({@code UserSession}); {@code CapabilityTableTest} holds every write operation of the REST API to
 * the capability it belongs to, so the table and the {@code @RolesAllowed} annotations cannot drift.
 */
public enum Capability {

    /** BRM-1..4: customers, their contacts and the services they take. */
    EDIT_CUSTOMERS(Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER),
    /** BRM-1: the services catalogue. */
    EDIT_SERVICES(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER),
    /** SLM-1..5, SLM-9: authoring and signing service level agreements, and their calendars. */
    EDIT_SLAS(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER),
    /** SLM-6, SLM-7: recording the outcome of a period report's review, running a past period. */
    REVIEW_REPORTS(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER),
    /** SUP-1, SUP-8: suppliers, their responsible staff, contacts and interfaces; the documents of their agreements. */
    EDIT_SUPPLIERS(Roles.ADMINISTRATOR, Roles.SUPPLIER_MANAGER),
    /**
     * SUP-1, SUP-8: reading the supplier register (relationship managers: the customers of theirs acting as
     * suppliers).
     */
    READ_SUPPLIERS(
            Roles.ADMINISTRATOR,
            Roles.SUPPLIER_MANAGER,
            Roles.AUDITOR,
            Roles.SERVICE_LEVEL_MANAGER,
            Roles.RELATIONSHIP_MANAGER),
    /** Correcting a member of staff's display name and e-mail. */
    EDIT_STAFF(Roles.ADMINISTRATOR),
    /** the managers and the administrator work the improvement register; the auditor reads it. */
    EDIT_IMPROVEMENTS(
            Roles.ADMINISTRATOR, Roles.RELATIONSHIP_MANAGER, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER),
    /** SUP-7: the supplier and service level managers and the administrator treat and close risks; the rest read. */
    TREAT_RISKS(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.SUPPLIER_MANAGER),
    /** SUP-7: the underpinning map of an SLA (service level managers and the administrator; readers of the SLA read it). */
    MAP_UNDERPINNING(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER),
    /** SLM-5..7: delivering tickets, outages and KPI values. */
    EDIT_SERVICE_DATA(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER),
    /** SLM-5..7: reading the service data (relationship managers: of their own customers). */
    READ_SERVICE_DATA(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.AUDITOR, Roles.RELATIONSHIP_MANAGER),
    /** SLM-6: review schedules and their job history. */
    READ_SCHEDULES(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER, Roles.AUDITOR),
    /** SLM-6: changing review schedules. */
    EDIT_SCHEDULES(Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER),
    /** searching the whole audit trail. */
    SEARCH_HISTORY(Roles.ADMINISTRATOR, Roles.AUDITOR),
    /** Reading failed sign-ins and lifting a wait or lock. */
    MANAGE_SIGN_INS(Roles.ADMINISTRATOR),
    /** Issue 12 §3: every signed-in user chooses their own language, time zone and how notices reach them. */
    EDIT_OWN_PROFILE(
            Roles.ADMINISTRATOR,
            Roles.RELATIONSHIP_MANAGER,
            Roles.SERVICE_LEVEL_MANAGER,
            Roles.SUPPLIER_MANAGER,
            Roles.AUDITOR);

    private final Set<String> roles;

    Capability(String... roles) {
        this.roles = Set.of(roles);
    }

    /** The roles that hold this capability. */
    public Set<String> roles() {
        return roles;
    }
}
