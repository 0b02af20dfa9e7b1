package org.sepakat.web.shared;

import java.util.List;
import java.util.function.Predicate;
import org.sepakat.shared.entity.Capability;

/**
 * Every page the side menu leads to, in the area of clause 8 it belongs to, with the role condition
 * under which it is offered and the views that count as "on this page" (its detail and edit views),
 * so the menu highlights the list a record belongs to and breadcrumbs name its area and list. A
 * later area (conformity) gets its constants when its pages work; an area without a
 * page the user may open is not shown.
 */
public enum ShellDestination {
    CUSTOMERS(
            Area.RELATIONSHIPS,
            "nav.customers",
            "/customers/list",
            "pi pi-users",
            always(),
            "/customers/",
            "/dashboard/customer."),
    STAFF(Area.RELATIONSHIPS, "nav.staff", "/staff/list", "pi pi-id-card", always(), "/staff/"),
    SERVICES(Area.SERVICE_LEVELS, "nav.services", "/services/list", "pi pi-th-large", always(), "/services/"),
    SLAS(Area.SERVICE_LEVELS, "nav.slas", "/slas/list", "pi pi-file", always(), "/slas/", "/dashboard/sla."),
    CALENDARS(Area.SERVICE_LEVELS, "nav.calendars", "/calendars/list", "pi pi-calendar", always(), "/calendars/"),
    SERVICE_DATA(
            Area.SERVICE_LEVELS,
            "nav.serviceData",
            "/service-data/list",
            "pi pi-database",
            may(Capability.READ_SERVICE_DATA),
            "/service-data/"),
    REPORTS(Area.SERVICE_LEVELS, "nav.reports", "/reports/list", "pi pi-chart-bar", always(), "/reports/"),
    SCHEDULES(
            Area.SERVICE_LEVELS,
            "nav.schedules",
            "/schedules/list",
            "pi pi-clock",
            may(Capability.READ_SCHEDULES),
            "/schedules/list.",
            "/schedules/edit."),
    JOBS(
            Area.SERVICE_LEVELS,
            "nav.jobs",
            "/schedules/jobs",
            "pi pi-list",
            may(Capability.READ_SCHEDULES),
            "/schedules/jobs."),
    SUPPLIERS(
            Area.SUPPLIERS,
            "nav.suppliers",
            "/suppliers/list",
            "pi pi-truck",
            may(Capability.READ_SUPPLIERS),
            "/suppliers/"),
    SUPPLIER_AGREEMENTS(
            Area.SUPPLIERS,
            "nav.supplierAgreements",
            "/supplier-agreements/list",
            "pi pi-file-edit",
            may(Capability.READ_SUPPLIERS),
            "/supplier-agreements/"),
    IMPROVEMENTS(
            Area.IMPROVEMENT, "nav.improvements", "/improvements/list", "pi pi-chart-line", always(), "/improvements/"),
    RISKS(Area.IMPROVEMENT, "nav.risks", "/risks/list", "pi pi-exclamation-triangle", always(), "/risks/"),
    HISTORY(Area.AUDIT, "nav.history", "/history/search", "pi pi-history", may(Capability.SEARCH_HISTORY), "/history/"),
    /** E-mails the mail server refused, for the administrator. */
    MAIL_ERRORS(
            Area.ADMINISTRATION,
            "nav.mailErrors",
            "/notifications/mail-errors",
            "pi pi-envelope",
            UserSession::isAdministrator,
            "/notifications/mail-errors."),
    /** Liberty's admin center, for the administrator group only, on the HTTPS port. */
    ADMIN_CENTER(Area.ADMINISTRATION, "nav.adminCenter", "/adminCenter/", "pi pi-server", UserSession::isAdministrator),
    /** The REST API's description and Swagger UI. */
    API_DOCS(Area.ADMINISTRATION, "nav.apiDocs", "/openapi/ui/", "pi pi-book", UserSession::isAdministrator);

    /** The areas, in menu order. */
    public enum Area {
        RELATIONSHIPS("nav.area.relationships", "pi pi-users"),
        SERVICE_LEVELS("nav.area.serviceLevels", "pi pi-file"),
        SUPPLIERS("nav.area.suppliers", "pi pi-truck"),
        IMPROVEMENT("nav.area.improvement", "pi pi-chart-line"),
        AUDIT("nav.area.audit", "pi pi-history"),
        ADMINISTRATION("nav.area.administration", "pi pi-cog");

        private final String labelKey;
        private final String icon;

        Area(String labelKey, String icon) {
            this.labelKey = labelKey;
            this.icon = icon;
        }

        public String labelKey() {
            return labelKey;
        }

        public String icon() {
            return icon;
        }
    }

    private final Area area;
    private final String labelKey;
    private final String outcome;
    private final String icon;
    private final Predicate<UserSession> offered;
    private final List<String> views;

    ShellDestination(
            Area area, String labelKey, String outcome, String icon, Predicate<UserSession> offered, String... views) {
        this.area = area;
        this.labelKey = labelKey;
        this.outcome = outcome;
        this.icon = icon;
        this.offered = offered;
        this.views = List.of(views);
    }

    private static Predicate<UserSession> always() {
        return user -> true;
    }

    private static Predicate<UserSession> may(Capability capability) {
        return user -> user.may(capability);
    }

    public Area area() {
        return area;
    }

    public String labelKey() {
        return labelKey;
    }

    /** A Faces outcome, or, ending in "/", a path outside the Faces pages. */
    public String outcome() {
        return outcome;
    }

    public boolean isFacesView() {
        return !outcome.endsWith("/");
    }

    public String icon() {
        return icon;
    }

    public boolean offeredTo(UserSession user) {
        return offered.test(user);
    }

    /** Whether a view (e.g. "/customers/view.xhtml") is this destination's list or one of its records. */
    public boolean holds(String viewId) {
        return viewId != null && views.stream().anyMatch(viewId::startsWith);
    }
}
