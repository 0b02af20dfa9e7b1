package org.sepakat.web.risk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Staff;
import org.sepakat.risk.boundary.Risks;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskLevel;
import org.sepakat.risk.entity.RiskStatus;
import org.sepakat.risk.entity.RiskTreatment;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PagedModel;

/** The risk register, paged and filtered by the database (SUP-7). */
@Named
@ViewScoped
public class RiskListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Risks risks;

    @Inject
    StaffDirectory staffDirectory;

    private PagedModel<Risk> model;
    private List<Staff> owners = List.of();

    @PostConstruct
    void init() {
        Risks boundary = risks;
        model = new PagedModel<Risk>(boundary::list, Risk::getId)
                .inUrl("text", "status", "owner", "treatment", "aligned")
                .exportAs(
                        "risks",
                        ListColumn.of("risk.number", Risk::getNumber),
                        ListColumn.of("risk.title", Risk::getTitle),
                        ListColumn.of("risk.sla", Risk::getSlaReference),
                        ListColumn.of("risk.slaTarget", Risk::getSlaTarget),
                        ListColumn.of("risk.agreement", Risk::getAgreementReference),
                        ListColumn.of("risk.owner", Risk::getOwner),
                        ListColumn.label("risk.likelihood", "enum.RiskLevel.", Risk::getLikelihood),
                        ListColumn.label("risk.impact", "enum.RiskLevel.", Risk::getImpact),
                        ListColumn.label("risk.treatment", "enum.RiskTreatment.", Risk::getTreatment),
                        ListColumn.of("risk.reviewOn", Risk::getReviewOn),
                        ListColumn.label("risk.status", "enum.RiskStatus.", Risk::getStatus),
                        ListColumn.of("risk.alignedSince", Risk::getAlignedSince));
        owners = staffDirectory.everyone();
    }

    public PagedModel<Risk> getRisks() {
        return model;
    }

    public RiskStatus[] getStatuses() {
        return RiskStatus.values();
    }

    public RiskTreatment[] getTreatments() {
        return RiskTreatment.values();
    }

    public RiskLevel[] getLevels() {
        return RiskLevel.values();
    }

    public List<Staff> getOwners() {
        return owners;
    }
}
