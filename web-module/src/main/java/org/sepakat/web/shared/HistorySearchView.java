package org.sepakat.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.sepakat.common.Messages;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;

/**
 * The auditor's search over the whole history of every record: filters, a date range
 * in the zone times are shown in, a link from each entry to its record, and the export.
 */
@Named
@ViewScoped
public class HistorySearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The record types the history holds so far, as {@code AuditedEntity.auditType()} names them. */
    private static final List<String> RECORD_TYPES = List.of(
            "Contact",
            "Customer",
            "ImprovementOpportunity",
            "PeriodReport",
            "ReviewSchedule",
            "Risk",
            "Service",
            "ServiceCalendar",
            "ServiceLevelAgreement",
            "Staff");

    /** The page that shows a record of each type, by its id. Contacts are shown on their customer's page. */
    private static final Map<String, String> RECORD_PAGES = Map.of(
            "Customer", "/customers/view",
            "ImprovementOpportunity", "/improvements/view",
            "PeriodReport", "/reports/view",
            "ReviewSchedule", "/schedules/edit",
            "Risk", "/risks/view",
            "Service", "/services/view",
            "ServiceCalendar", "/calendars/edit",
            "ServiceLevelAgreement", "/slas/edit");

    private static final int SUGGESTED = 10;
    private static final String FIELD_KEY = "history.field.";

    static final String FROM = "from";
    static final String TO = "to";

    @Inject
    History history;

    @Inject
    UserSession userSession;

    @Inject
    StaffDirectory staff;

    @Inject
    People people;

    private PagedModel<HistoryEntry> model;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        History boundary = history;
        ZoneId zone = userSession.getZone();
        model = new PagedModel<HistoryEntry>(request -> search(boundary, request, zone), HistoryEntry::getId)
                .inUrl("recordType", "changeKind", "recordKey", "changedBy", "fieldName", FROM, TO)
                .exportAs(
                        "history",
                        ListColumn.of("history.changedAt", HistoryEntry::getChangedAt),
                        ListColumn.label("history.recordType", "history.recordType.", HistoryEntry::getRecordType),
                        ListColumn.of("history.recordKey", HistoryEntry::getRecordKey),
                        ListColumn.label("history.changeKind", "enum.ChangeKind.", HistoryEntry::getChangeKind),
                        ListColumn.of("history.changedBy", HistoryEntry::getChangedBy),
                        new ListColumn<>(
                                "history.field", (entry, locale) -> HistoryText.field(locale, entry.getFieldName())),
                        ListColumn.of("history.oldValue", HistoryEntry::getOldValue),
                        ListColumn.of("history.newValue", HistoryEntry::getNewValue));
        from = date(FROM);
        to = date(TO);
    }

    public void load() {
        PageGuard.allow(userSession.isCanSearchHistory());
    }

    public PagedModel<HistoryEntry> getEntries() {
        return model;
    }

    public List<String> getRecordTypes() {
        return RECORD_TYPES;
    }

    public ChangeKind[] getChangeKinds() {
        return ChangeKind.values();
    }

    /**
     * Who changed records, found by the name people know them by (issue 12 §4): the user names of the
     * staff whose display name holds the typed text, which the filter keeps and the field shows by name.
     */
    public List<String> suggestActors(String typed) {
        Map<String, String> filter = typed == null || typed.isBlank() ? Map.of() : Map.of("displayName", typed.strip());
        return staff.list(new PageRequest(0, SUGGESTED, "displayName", true, filter)).items().stream()
                .map(Staff::getUsername)
                .toList();
    }

    /** A user name of the filter by the name shown for it. */
    public String actorName(String username) {
        return people.name(username);
    }

    /** The fields the history names, by their label in the page's language, sorted by it. */
    public List<String> getFields() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        Collator order = Collator.getInstance(locale);
        return bundle.keySet().stream()
                .filter(key -> key.startsWith(FIELD_KEY))
                .map(key -> key.substring(FIELD_KEY.length()))
                .sorted(Comparator.comparing((String f) -> HistoryText.field(locale, f), order))
                .toList();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** The zone the range's days are taken in: the one the page shows times in, the user's. */
    public ZoneId getZone() {
        return userSession.getZone();
    }

    /**
     * After a date of the range changed: a range that ends before it starts is refused on the
     * "to" field, and the list keeps the range it had.
     */
    public void rangeChanged() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesContext context = FacesContext.getCurrentInstance();
            String text = Messages.text(context.getViewRoot().getLocale(), "history.range.invalid");
            context.addMessage("search:to", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            context.validationFailed();
            return;
        }
        model.getFilters().put(FROM, from == null ? null : from.toString());
        model.getFilters().put(TO, to == null ? null : to.toString());
        model.firstPage("search:table");
    }

    /** The page of the entry's record, or null where the record type has none. */
    public String recordPage(HistoryEntry entry) {
        if (entry.getRecordId() == null) {
            return null;
        }
        if ("Staff".equals(entry.getRecordType())) {
            return userSession.isCanEditStaff() ? "/staff/edit" : null;
        }
        return RECORD_PAGES.get(entry.getRecordType());
    }

    /** A day of the range as the address gave it (a malformed one was refused by {@link #search}). */
    private LocalDate date(String filter) {
        String value = model.getFilters().get(filter);
        return value == null ? null : day(filter, value);
    }

    private static LocalDate day(String filter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(filter, "history.range.malformed");
        }
    }

    /** The range's days become moments in the page's zone: from the first day's start to the end of the last day. */
    private static Page<HistoryEntry> search(History history, PageRequest request, ZoneId zone) {
        Map<String, String> filters = new HashMap<>(request.filters());
        String first = filters.remove(FROM);
        String last = filters.remove(TO);
        if (first != null && !first.isBlank()) {
            filters.put(
                    "changedFrom",
                    day(FROM, first).atStartOfDay(zone).toInstant().toString());
        }
        if (last != null && !last.isBlank()) {
            filters.put(
                    "changedBefore",
                    LocalDate.parse(last)
                            .plusDays(1)
                            .atStartOfDay(zone)
                            .toInstant()
                            .toString());
        }
        return history.search(
                new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), filters));
    }
}
