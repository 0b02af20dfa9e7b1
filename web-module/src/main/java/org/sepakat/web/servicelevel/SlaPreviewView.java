package org.sepakat.web.servicelevel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.sepakat.export.SlaText;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.web.shared.PageGuard;

/** The agreement as a readable document, worded as the PDF words it (SLM-1..5). */
@Named
@RequestScoped
public class SlaPreviewView {

    @Inject
    ServiceLevelAgreements agreements;

    @Inject
    History history;

    private Long id;
    private ServiceLevelAgreement sla;
    private List<AgreedVersion> versions = List.of();
    private List<HistoryEntry> changes = List.of();

    public void load() {
        try {
            sla = agreements.find(id);
            versions = agreements.versions(id);
            changes = history.of(sla.auditType(), sla.getId());
        } catch (RecordNotFound e) {
            PageGuard.notFound();
        }
    }

    private static SlaText text() {
        return new SlaText(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String services() {
        return sla.getServices().stream()
                .map(CoveredService::getServiceCode)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    public String categories() {
        return sla.getExcludedCategories().isEmpty() ? "–" : String.join(", ", sla.getExcludedCategories());
    }

    public String validity() {
        return text().validity(sla.getValidFrom(), sla.getValidTo());
    }

    public String level(AgreementTarget target) {
        return text().level(target);
    }

    public String scope(AgreementTarget target) {
        return text().scope(target);
    }

    public String calendar(AgreementTarget target) {
        return text().calendar(target);
    }

    public String maximum(WorkloadLimit limit) {
        return text().maximum(limit);
    }

    public String when(MaintenanceWindow window) {
        return text().when(window, sla.getTimeZone());
    }

    public String agreedAt(AgreedVersion version) {
        return text().moment(version.getAgreedAt(), sla.getTimeZone());
    }

    public ServiceLevelAgreement getSla() {
        return sla;
    }

    public List<HistoryEntry> getChanges() {
        return changes;
    }

    public List<AgreedVersion> getVersions() {
        return versions;
    }

    /** The PDF of this SLA in the user's language, served by {@link SlaPdfServlet}. */
    public String getPdfUrl() {
        return SlaPdfServlet.url(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
