package org.sepakat.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementStatus;
import org.sepakat.improvement.entity.OutcomeData;
import org.sepakat.improvement.entity.RejectionData;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.UserSession;

/**
 * One improvement opportunity: what raised it, who owns it, its status and the actions that
 * move it on (start, complete with an outcome, reject with a reason), and its history.
 */
@Named
@ViewScoped
public class ImprovementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Improvements improvements;

    @Inject
    ShownRecord<ImprovementOpportunity> shown;

    @Inject
    Attempt attempt;

    @Inject
    UserSession userSession;

    @Inject
    Clock clock;

    private Long id;
    private String outcome;
    private String reason;

    public void load() {
        shown.load(() -> improvements.find(id));
    }

    private boolean act(Supplier<ImprovementOpportunity> action, String formId) {
        return attempt.run(() -> shown.show(action.get()), formId);
    }

    public void start() {
        if (act(() -> improvements.start(id, getOpportunity().getVersion()), null)) {
            attempt.done("improvement.started", getOpportunity().getNumber());
        }
    }

    public void complete() {
        if (act(
                () -> improvements.complete(
                        id, new OutcomeData(outcome, getOpportunity().getVersion())),
                "completeForm")) {
            outcome = null;
            attempt.done("improvement.completed", getOpportunity().getNumber());
        }
    }

    public void reject() {
        if (act(
                () -> improvements.reject(
                        id, new RejectionData(reason, getOpportunity().getVersion())),
                "rejectForm")) {
            reason = null;
            attempt.done("improvement.rejected", getOpportunity().getNumber());
        }
    }

    private boolean canEdit() {
        return userSession.isCanEditImprovements();
    }

    public boolean isEditable() {
        return canEdit() && !getOpportunity().getStatus().isClosed();
    }

    public boolean isStartable() {
        return canEdit() && getOpportunity().getStatus() == ImprovementStatus.OPEN;
    }

    public boolean isCompletable() {
        return canEdit() && getOpportunity().getStatus() == ImprovementStatus.IN_PROGRESS;
    }

    public boolean isRejectable() {
        return isEditable();
    }

    public boolean isOverdue() {
        return getOpportunity().isOverdue(LocalDate.now(clock));
    }

    public ImprovementOpportunity getOpportunity() {
        return shown.record();
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
