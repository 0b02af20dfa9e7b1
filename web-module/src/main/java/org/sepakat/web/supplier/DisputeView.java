package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.supplier.boundary.SupplierDisputes;
import org.sepakat.supplier.entity.DisputeOutcome;
import org.sepakat.supplier.entity.DisputeResolution;
import org.sepakat.supplier.entity.DisputeStatus;
import org.sepakat.supplier.entity.SupplierDispute;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.UserSession;

/**
 * One supplier dispute (SUP-12): its facts and state, the steps the user may take next (negotiate,
 * escalate, resolve with an outcome, close), and its history. A closed dispute offers none.
 */
@Named
@ViewScoped
public class DisputeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplierDisputes disputes;

    @Inject
    ShownRecord<SupplierDispute> shown;

    @Inject
    Attempt attempt;

    @Inject
    UserSession userSession;

    private Long id;
    private DisputeOutcome outcome;
    private String resolution;

    public void load() {
        shown.load(() -> disputes.find(id));
    }

    public void negotiate() {
        step(() -> disputes.negotiate(id, version()), "dispute.negotiated");
    }

    public void escalate() {
        step(() -> disputes.escalate(id, version()), "dispute.escalated");
    }

    public void close() {
        step(() -> disputes.close(id, version()), "dispute.closedMessage");
    }

    public void resolve() {
        if (attempt.run(
                () -> shown.show(disputes.resolve(id, new DisputeResolution(outcome, resolution, version()))),
                "resolveForm")) {
            attempt.done("dispute.resolvedMessage", getDispute().getNumber());
        }
    }

    /** opens the improvement opportunity the dispute raised (or the open one it raised before). */
    public String raiseImprovement() {
        return attempt.saveAndOpen(
                () -> disputes.raiseImprovement(id), "actions", "dispute.improvementRaised", "/improvements/view");
    }

    public boolean isImprovable() {
        return may() && !getDispute().getStatus().isOpen();
    }

    private void step(java.util.function.Supplier<SupplierDispute> action, String doneKey) {
        if (attempt.run(() -> shown.show(action.get()), "actions")) {
            attempt.done(doneKey, getDispute().getNumber());
        }
    }

    private Long version() {
        return getDispute().getVersion();
    }

    private boolean may() {
        return userSession.isCanEditSuppliers();
    }

    public boolean isEditable() {
        return may() && getDispute().getStatus().isOpen();
    }

    public boolean isNegotiable() {
        return may() && getDispute().getStatus() == DisputeStatus.OPEN;
    }

    public boolean isEscalatable() {
        return may()
                && (getDispute().getStatus() == DisputeStatus.OPEN
                        || getDispute().getStatus() == DisputeStatus.UNDER_NEGOTIATION);
    }

    public boolean isResolvable() {
        return isEditable();
    }

    public boolean isClosable() {
        return may() && getDispute().getStatus() == DisputeStatus.RESOLVED;
    }

    public SupplierDispute getDispute() {
        return shown.record();
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    public DisputeOutcome[] getOutcomes() {
        return DisputeOutcome.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DisputeOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DisputeOutcome outcome) {
        this.outcome = outcome;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
