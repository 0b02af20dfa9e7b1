package org.sepakat.web.improvement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.ImprovementStatus;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PagedModel;

/** The improvement register, paged and filtered by the database. */
@Named
@ViewScoped
public class ImprovementListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String OVERDUE = "overdue";

    @Inject
    Improvements improvements;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Clock clock;

    private PagedModel<ImprovementOpportunity> model;
    private List<Staff> owners = List.of();

    @PostConstruct
    void init() {
        Improvements boundary = improvements;
        model = new PagedModel<ImprovementOpportunity>(boundary::list, ImprovementOpportunity::getId)
                .inUrl("text", "status", "sourceKind", "owner", "priority", OVERDUE)
                .exportAs(
                        "improvements",
                        ListColumn.of("improvement.number", ImprovementOpportunity::getNumber),
                        ListColumn.of("improvement.title", ImprovementOpportunity::getTitle),
                        ListColumn.label(
                                "improvement.source",
                                "enum.SourceKind.",
                                i -> i.getSource().getKind()),
                        ListColumn.of(
                                "improvement.sourceReference",
                                i -> i.getSource().getReference()),
                        ListColumn.of("improvement.owner", ImprovementOpportunity::getOwner),
                        ListColumn.of("improvement.dueOn", ImprovementOpportunity::getDueOn),
                        ListColumn.label(
                                "improvement.priority",
                                "enum.ImprovementPriority.",
                                ImprovementOpportunity::getPriority),
                        ListColumn.label(
                                "improvement.status", "enum.ImprovementStatus.", ImprovementOpportunity::getStatus));
        owners = staffDirectory.everyone();
    }

    public PagedModel<ImprovementOpportunity> getImprovements() {
        return model;
    }

    /** A checkbox, so a boolean; the list's filter takes "true" or nothing. */
    public boolean isOverdueOnly() {
        return "true".equals(model.getFilters().get(OVERDUE));
    }

    public void setOverdueOnly(boolean overdueOnly) {
        if (overdueOnly) {
            model.getFilters().put(OVERDUE, "true");
        } else {
            model.getFilters().remove(OVERDUE);
        }
    }

    public boolean isOverdue(ImprovementOpportunity opportunity) {
        return opportunity.isOverdue(LocalDate.now(clock));
    }

    public ImprovementStatus[] getStatuses() {
        return ImprovementStatus.values();
    }

    public SourceKind[] getSourceKinds() {
        return SourceKind.values();
    }

    public ImprovementPriority[] getPriorities() {
        return ImprovementPriority.values();
    }

    public List<Staff> getOwners() {
        return owners;
    }
}
