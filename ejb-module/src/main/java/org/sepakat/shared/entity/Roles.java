package org.sepakat.shared.entity;

/** The application roles of X-4. Groups of the user registry map to these in the server configuration. */
public final class Roles {
    public static final String ADMINISTRATOR = "administrator";
    public static final String RELATIONSHIP_MANAGER = "relationship-manager";
    public static final String SERVICE_LEVEL_MANAGER = "service-level-manager";
    public static final String SUPPLIER_MANAGER = "supplier-manager";
    public static final String AUDITOR = "auditor";

    private Roles() {}
}
