package org.sepakat.web.risk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sepakat.risk.boundary.Risks;
import org.sepakat.risk.entity.ClosureData;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskLevel;
import org.sepakat.risk.entity.RiskStatus;
import org.sepakat.risk.entity.RiskTreatment;
import org.sepakat.risk.entity.TreatmentData;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.UserSession;

/**
 * One risk (SUP-7): the finding and what it links, whether a later check found it aligned, its
 * assessment and treatment, the forms that treat and close it, and its history.
 */
@Named
@ViewScoped
public class RiskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Risks risks;

    @Inject
    ShownRecord<Risk> shown;

    @Inject
    Attempt attempt;

    @Inject
    UserSession userSession;

    private Long id;
    private RiskLevel likelihood;
    private RiskLevel impact;
    private RiskTreatment treatment;
    private String plan;
    private LocalDate reviewOn;
    private String acceptanceReason;
    private String evidence;

    public void load() {
        shown.load(() -> risks.find(id)).ifPresent(this::fill);
    }

    /** The forms start from the risk as it stands; closing an aligned risk offers the check's evidence. */
    private void fill(Risk risk) {
        likelihood = risk.getLikelihood();
        impact = risk.getImpact();
        treatment = risk.getTreatment();
        plan = risk.getPlan();
        reviewOn = risk.getReviewOn();
        acceptanceReason = risk.getAcceptanceReason();
        evidence = risk.getAlignedEvidence();
    }

    public void treat() {
        if (attempt.run(
                () -> shown.show(risks.treat(
                        id,
                        new TreatmentData(
                                likelihood,
                                impact,
                                treatment,
                                plan,
                                reviewOn,
                                acceptanceReason,
                                getRisk().getVersion()))),
                "treatForm")) {
            fill(getRisk());
            attempt.done("risk.treated", getRisk().getNumber());
        }
    }

    public void close() {
        if (attempt.run(
                () -> shown.show(
                        risks.close(id, new ClosureData(evidence, getRisk().getVersion()))),
                "closeForm")) {
            attempt.done("risk.closedMessage", getRisk().getNumber());
        }
    }

    private boolean canTreat() {
        return userSession.isCanTreatRisks() && !getRisk().isClosed();
    }

    public boolean isTreatable() {
        return canTreat();
    }

    public boolean isClosable() {
        return canTreat()
                && (getRisk().getStatus() == RiskStatus.TREATED || getRisk().isAligned());
    }

    public Risk getRisk() {
        return shown.record();
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    public RiskLevel[] getLevels() {
        return RiskLevel.values();
    }

    public RiskTreatment[] getTreatments() {
        return RiskTreatment.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RiskLevel getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(RiskLevel likelihood) {
        this.likelihood = likelihood;
    }

    public RiskLevel getImpact() {
        return impact;
    }

    public void setImpact(RiskLevel impact) {
        this.impact = impact;
    }

    public RiskTreatment getTreatment() {
        return treatment;
    }

    public void setTreatment(RiskTreatment treatment) {
        this.treatment = treatment;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getAcceptanceReason() {
        return acceptanceReason;
    }

    public void setAcceptanceReason(String acceptanceReason) {
        this.acceptanceReason = acceptanceReason;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
