package org.sepakat.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.entity.HistoryEntry;

/** The auditor's search over the whole history of every record. */
@Named
@ViewScoped
public class HistorySearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The record types the history holds so far, as {@code AuditedEntity.auditType()} names them. */
    private static final List<String> RECORD_TYPES = List.of(
            "Contact",
            "Customer",
            "ImprovementOpportunity",
            "Service",
            "ServiceCalendar",
            "ServiceLevelAgreement",
            "Staff");

    @Inject
    History history;

    @Inject
    UserSession userSession;

    private PagedModel<HistoryEntry> model;

    @PostConstruct
    void init() {
        History boundary = history;
        model = new PagedModel<>(boundary::search, HistoryEntry::getId);
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
}
