package org.sepakat.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.shared.entity.Capability;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.supplier.boundary.Alignments;
import org.sepakat.supplier.boundary.Underpinnings;
import org.sepakat.supplier.entity.SlaAlignment;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.TargetAlignment;
import org.sepakat.supplier.entity.UnderpinningData;
import org.sepakat.supplier.entity.UnderpinningMap;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.UserSession;

/**
 * SUP-7: an SLA's alignment view: each SLA target against the supplier targets that underpin it,
 * every rule's verdict with its reason and the risk a finding opened; and, for service level
 * managers and the administrator, the editor of the SLA's underpinning map.
 */
@Named
@ViewScoped
public class SlaAlignmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Alignments alignments;

    @Inject
    Underpinnings underpinnings;

    @Inject
    ShownRecord<UnderpinningMap> shown;

    @Inject
    Attempt attempt;

    @Inject
    UserSession userSession;

    private Long id;
    private SlaAlignment table;
    private UnderpinningMap map;
    private List<NeedRow> needs = new ArrayList<>();
    private List<EntryRow> entries = new ArrayList<>();
    private List<SupplierTargetChoice> choices = List.of();

    /** One SLA target's need and handling time in the editor. */
    public static class NeedRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String slaTarget;
        private boolean needsUnderpinning;
        private Integer internalHandlingMinutes;

        NeedRow(String slaTarget, boolean needsUnderpinning, Integer internalHandlingMinutes) {
            this.slaTarget = slaTarget;
            this.needsUnderpinning = needsUnderpinning;
            this.internalHandlingMinutes = internalHandlingMinutes;
        }

        public String getSlaTarget() {
            return slaTarget;
        }

        public boolean isNeedsUnderpinning() {
            return needsUnderpinning;
        }

        public void setNeedsUnderpinning(boolean needsUnderpinning) {
            this.needsUnderpinning = needsUnderpinning;
        }

        public Integer getInternalHandlingMinutes() {
            return internalHandlingMinutes;
        }

        public void setInternalHandlingMinutes(Integer internalHandlingMinutes) {
            this.internalHandlingMinutes = internalHandlingMinutes;
        }
    }

    /** One underpinning line in the editor: the SLA target and the chosen supplier target ("id|name"). */
    public static class EntryRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String slaTarget;
        private String supplierTarget;

        EntryRow(String slaTarget, String supplierTarget) {
            this.slaTarget = slaTarget;
            this.supplierTarget = supplierTarget;
        }

        public String getSlaTarget() {
            return slaTarget;
        }

        public void setSlaTarget(String slaTarget) {
            this.slaTarget = slaTarget;
        }

        public String getSupplierTarget() {
            return supplierTarget;
        }

        public void setSupplierTarget(String supplierTarget) {
            this.supplierTarget = supplierTarget;
        }
    }

    /** A supplier target to choose: its value "agreement id|target name" and its label. */
    public record SupplierTargetChoice(String value, String label) implements Serializable {}

    public void load() {
        try {
            showMap(underpinnings.of(id));
            table = alignments.ofSla(id, userSession.getLocale());
        } catch (RecordNotFound e) {
            PageGuard.notFound();
            return;
        }
        if (isEditable()) {
            choices = choices(underpinnings.agreements());
            fillEditor(map);
        }
    }

    /** A map not stored yet has no history to show. */
    private UnderpinningMap showMap(UnderpinningMap current) {
        map = current;
        if (current.getId() != null) {
            shown.show(current);
        }
        return current;
    }

    private void fillEditor(UnderpinningMap map) {
        needs = new ArrayList<>();
        for (TargetAlignment target : table.targets()) {
            needs.add(new NeedRow(
                    target.slaTarget(),
                    map.handlingOf(target.slaTarget())
                            .map(h -> h.isNeedsUnderpinning())
                            .orElse(false),
                    map.handlingOf(target.slaTarget())
                            .map(h -> h.getInternalMinutes())
                            .orElse(0)));
        }
        entries = new ArrayList<>(map.getUnderpinnings().stream()
                .map(u -> new EntryRow(u.getSlaTarget(), u.getAgreementId() + "|" + u.getSupplierTarget()))
                .toList());
    }

    private static List<SupplierTargetChoice> choices(List<SupplierAgreement> agreements) {
        List<SupplierTargetChoice> all = new ArrayList<>();
        for (SupplierAgreement agreement : agreements) {
            agreement
                    .getTargets()
                    .forEach(t -> all.add(new SupplierTargetChoice(
                            agreement.getId() + "|" + t.getName(), agreement.getReference() + " / " + t.getName())));
        }
        return all;
    }

    public void addEntry() {
        entries.add(new EntryRow(
                table.targets().isEmpty() ? null : table.targets().get(0).slaTarget(), null));
    }

    public void removeEntry(EntryRow row) {
        entries.remove(row);
    }

    public void save() {
        UnderpinningData data = new UnderpinningData(
                needs.stream()
                        .map(n -> new UnderpinningData.Need(
                                n.getSlaTarget(), n.isNeedsUnderpinning(), n.getInternalHandlingMinutes()))
                        .toList(),
                entries.stream().map(SlaAlignmentView::entry).toList(),
                map.getVersion());
        if (attempt.run(() -> showMap(underpinnings.replace(id, data)), "mapForm")) {
            table = alignments.ofSla(id, userSession.getLocale());
            fillEditor(map);
            attempt.done("alignment.map.saved", table.slaReference());
        }
    }

    private static UnderpinningData.Entry entry(EntryRow row) {
        String choice = row.getSupplierTarget();
        int bar = choice == null ? -1 : choice.indexOf('|');
        if (bar < 0) {
            return new UnderpinningData.Entry(row.getSlaTarget(), null, null);
        }
        return new UnderpinningData.Entry(
                row.getSlaTarget(), Long.valueOf(choice.substring(0, bar)), choice.substring(bar + 1));
    }

    public boolean isEditable() {
        return userSession.may(Capability.MAP_UNDERPINNING);
    }

    public SlaAlignment getTable() {
        return table;
    }

    public List<HistoryEntry> getChanges() {
        return map == null || map.getId() == null ? List.of() : shown.changes();
    }

    public List<NeedRow> getNeeds() {
        return needs;
    }

    public List<EntryRow> getEntries() {
        return entries;
    }

    public List<SupplierTargetChoice> getChoices() {
        return choices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
