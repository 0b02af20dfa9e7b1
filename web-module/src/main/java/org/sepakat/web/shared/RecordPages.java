package org.sepakat.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The page that shows a record, by its type as history, improvements and notifications name it
 * ({@code "PeriodReport"} and its id: {@code /reports/view.xhtml?id=12}). The page itself checks
 * the viewer's role and customer scope (a record out of scope is "not found"), so a link never shows
 * more than its target allows. A type without a page of its own has no link.
 */
@Named
@ApplicationScoped
public class RecordPages {

    private static final Map<String, String> PAGES = Map.of(
            "PeriodReport", "/reports/view.xhtml",
            "ServiceLevelAgreement", "/slas/edit.xhtml",
            "Customer", "/customers/view.xhtml",
            "Service", "/services/view.xhtml",
            "ImprovementOpportunity", "/improvements/view.xhtml",
            "ServiceCalendar", "/calendars/edit.xhtml",
            "Staff", "/staff/edit.xhtml",
            "ReviewSchedule", "/schedules/edit.xhtml",
            "Risk", "/risks/view.xhtml");

    /** The record's page inside the application, or null when its type has none. */
    public String of(String recordType, Long recordId) {
        String page = recordType == null || recordId == null ? null : PAGES.get(recordType);
        return page == null ? null : page + "?id=" + recordId;
    }

    /** {@link #of} with the context path, for an {@code h:outputLink}. */
    public String href(String contextPath, String recordType, Long recordId) {
        String page = of(recordType, recordId);
        return page == null ? null : contextPath + page;
    }
}
