package org.sepakat.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sepakat.common.Messages;
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.measurement.boundary.ReportWorkItems;
import org.sepakat.notification.boundary.MailErrors;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Customer;
import org.sepakat.schedule.boundary.ReviewJobs;
import org.sepakat.servicelevel.boundary.AgreementWorkItems;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.entity.WorkItem;

/**
 * The start page (issue 12 §2): what is due for the signed-in user, by role. Each component's
 * boundary offers its own {@link WorkItem}s, counted and scoped by the database; this view only
 * collects them. A user with several roles sees each role's section.
 */
@Named
@RequestScoped
public class HomeView {

    static final int SHOWN = 10;
    /** The month the start page reports on: the one before today's, in the reviews' demo zone. */
    private static final ZoneId MONTH_ZONE = ZoneId.of("Asia/Jakarta");

    @Inject
    Customers customers;

    @Inject
    ServiceCatalogue services;

    @Inject
    StaffDirectory staff;

    @Inject
    Improvements improvements;

    @Inject
    ReportWorkItems reports;

    @Inject
    AgreementWorkItems agreements;

    @Inject
    ReviewJobs jobs;

    @Inject
    History history;

    @Inject
    MailErrors mailErrors;

    @Inject
    UserSession user;

    @Inject
    RecordPages pages;

    @Inject
    Clock clock;

    private List<WorkItem> relationshipItems;
    private List<WorkItem> serviceLevelItems;
    private List<WorkItem> administratorItems;
    private List<WorkItem> myCustomers;
    private List<HistoryEntry> recentChanges;

    private static PageRequest one(Map<String, String> filters) {
        return new PageRequest(0, 1, null, true, filters);
    }

    private static PageRequest shown(Map<String, String> filters) {
        return new PageRequest(0, SHOWN, null, true, filters);
    }

    public boolean isRelationshipManager() {
        return user.inRole(Roles.RELATIONSHIP_MANAGER);
    }

    public boolean isServiceLevelManager() {
        return user.inRole(Roles.SERVICE_LEVEL_MANAGER);
    }

    public boolean isAuditor() {
        return user.isAuditor();
    }

    public boolean isAdministrator() {
        return user.isAdministrator();
    }

    /** The month whose reports the page counts: last month. */
    public Period getLastMonth() {
        return Period.current(clock.withZone(MONTH_ZONE)).previous();
    }

    /** A relationship manager's customers (those he manages), each linking to its page. */
    public List<WorkItem> getMyCustomers() {
        if (myCustomers == null) {
            myCustomers = customers.list(shown(Map.of("inScope", "true"))).items().stream()
                    .map(HomeView::customer)
                    .toList();
        }
        return myCustomers;
    }

    private static WorkItem customer(Customer c) {
        return WorkItem.record("work.customer", "/customers/view.xhtml?id=" + c.getId(), c.getCode(), c.getName());
    }

    /** What is due for a relationship manager: reports awaiting the outcome, SLAs near review or expiry, his overdue improvements. */
    public List<WorkItem> getRelationshipItems() {
        if (relationshipItems == null) {
            List<WorkItem> items = new ArrayList<>(reports.awaitingReview());
            items.addAll(agreements.dueSoon());
            items.addAll(overdueImprovementsOwned());
            relationshipItems = items;
        }
        return relationshipItems;
    }

    /** What is due for a service level manager: last month by rating, SLAs without a report, SLAs near review or expiry, failed runs. */
    public List<WorkItem> getServiceLevelItems() {
        if (serviceLevelItems == null) {
            Period month = getLastMonth();
            List<WorkItem> items = new ArrayList<>(reports.byRating(month));
            items.addAll(reports.unreported(month));
            items.addAll(agreements.dueSoon());
            items.addAll(jobs.failedRuns());
            items.addAll(overdueImprovementsOwned());
            serviceLevelItems = items;
        }
        return serviceLevelItems;
    }

    /** An administrator's: review runs that failed, e-mails that could not be sent. */
    public List<WorkItem> getAdministratorItems() {
        if (administratorItems == null) {
            List<WorkItem> items = new ArrayList<>(jobs.failedRuns());
            items.addAll(mailErrors.recent());
            administratorItems = items;
        }
        return administratorItems;
    }

    private List<WorkItem> overdueImprovementsOwned() {
        return improvements.list(shown(Map.of("overdue", "true", "owner", user.getUsername()))).items().stream()
                .map(o -> WorkItem.record(
                        "work.improvement.overdue",
                        "/improvements/view.xhtml?id=" + o.getId(),
                        o.getNumber(),
                        o.getTitle(),
                        o.getDueOn()))
                .toList();
    }

    /** The newest changes of the whole history, for the auditor. */
    public List<HistoryEntry> getRecentChanges() {
        if (recentChanges == null) {
            recentChanges = history.search(shown(Map.of())).items();
        }
        return recentChanges;
    }

    /** The page of a changed record, or null when its type has none. */
    public String recordLink(HistoryEntry entry) {
        return pages.of(entry.getRecordType(), entry.getRecordId());
    }

    /** An item's words in the user's language: the count first, when it counts. */
    public String text(WorkItem item) {
        List<Object> arguments = new ArrayList<>();
        if (item.count() != null) {
            arguments.add(item.count());
        }
        item.arguments().forEach(argument -> arguments.add(worded(argument)));
        return Messages.text(user.getLocale(), item.key(), arguments.toArray());
    }

    /** Last month as people name it ("November 2026" / "November 2026"). */
    public String getLastMonthName() {
        return worded(getLastMonth());
    }

    /** A month by its name, a day in the user's language; anything else as it is. */
    private String worded(Object argument) {
        Locale locale = user.getLocale();
        if (argument instanceof Period month) {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month.firstDay());
        }
        if (argument instanceof LocalDate day) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(day);
        }
        return String.valueOf(argument);
    }

    public long getCustomers() {
        return customers.list(one(Map.of())).total();
    }

    public long getActiveCustomers() {
        return customers.list(one(Map.of("status", "ACTIVE"))).total();
    }

    public long getServices() {
        return services.list(one(Map.of())).total();
    }

    public long getStaff() {
        return staff.list(one(Map.of())).total();
    }

    /** improvement opportunities not yet done or rejected. */
    public long getOpenImprovements() {
        return improvements.list(one(Map.of("closed", "false"))).total();
    }

    public long getOverdueImprovements() {
        return improvements.list(one(Map.of("overdue", "true"))).total();
    }
}
