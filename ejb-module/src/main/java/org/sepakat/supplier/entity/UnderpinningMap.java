package org.sepakat.supplier.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sepakat.shared.entity.AuditedEntity;

/**
 * SUP-7: the underpinning map of one customer SLA (by id: the SLA is servicelevel's): per SLA
 * target whether it needs underpinning and the provider's internal handling time, and which
 * supplier-agreement targets underpin it (several in series are normal). Replaced as a whole, at
 * the version read.
 */
@Entity
@Table(name = "sup_underpinning_map")
@NamedQuery(name = UnderpinningMap.FIND_BY_SLA, query = "SELECT m FROM UnderpinningMap m WHERE m.slaId = :slaId")
@NamedQuery(
        name = UnderpinningMap.FIND_BY_AGREEMENT,
        query = "SELECT DISTINCT m FROM UnderpinningMap m JOIN m.underpinnings u WHERE u.agreementId = :agreementId")
@NamedQuery(name = UnderpinningMap.ALL_SLA_IDS, query = "SELECT m.slaId FROM UnderpinningMap m ORDER BY m.slaId")
public class UnderpinningMap extends AuditedEntity {

    public static final String FIND_BY_SLA = "UnderpinningMap.findBySla";
    public static final String FIND_BY_AGREEMENT = "UnderpinningMap.findByAgreement";
    public static final String ALL_SLA_IDS = "UnderpinningMap.allSlaIds";

    @Column(name = "sla_id", nullable = false, unique = true)
    private Long slaId;

    @Column(name = "sla_reference", nullable = false, length = 100)
    private String slaReference;

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sup_underpinning_need", joinColumns = @JoinColumn(name = "map_id"))
    private List<TargetHandling> targets = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "item_order")
    @CollectionTable(name = "sup_underpinning", joinColumns = @JoinColumn(name = "map_id"))
    private List<Underpinning> underpinnings = new ArrayList<>();

    @Transient
    private Map<Long, String> references = new HashMap<>();

    protected UnderpinningMap() {}

    public UnderpinningMap(Long slaId, String slaReference) {
        this.slaId = Objects.requireNonNull(slaId, "slaId");
        this.slaReference = Objects.requireNonNull(slaReference, "slaReference");
    }

    /** The whole map, checked by the caller against the SLA's terms and the agreements' targets. */
    public void replace(List<TargetHandling> newTargets, List<Underpinning> newUnderpinnings) {
        targets.clear();
        targets.addAll(newTargets);
        underpinnings.clear();
        underpinnings.addAll(newUnderpinnings);
    }

    public Long getSlaId() {
        return slaId;
    }

    public String getSlaReference() {
        return slaReference;
    }

    public List<TargetHandling> getTargets() {
        return List.copyOf(targets);
    }

    public List<Underpinning> getUnderpinnings() {
        return List.copyOf(underpinnings);
    }

    public Optional<TargetHandling> handlingOf(String slaTarget) {
        return targets.stream().filter(t -> t.getSlaTarget().equals(slaTarget)).findFirst();
    }

    public List<Underpinning> underpinningsOf(String slaTarget) {
        return underpinnings.stream()
                .filter(u -> u.getSlaTarget().equals(slaTarget))
                .toList();
    }

    @Override
    public String auditKey() {
        return slaReference;
    }

    /**
     * The agreements' references as they are now, for the history: set by the boundary before the
     * map's state is read for it, so each entry names the agreement as the user knew it then.
     */
    public void knowing(Map<Long, String> agreementReferences) {
        references.putAll(agreementReferences);
    }

    /**
     * One field per SLA target and concern, named by kind and target ("underpinnedBy: ERP
     * availability"), so the history labels the kind in the reader's language and keeps the name:
     * whether it needs underpinning (a code shown as its label), the internal handling in minutes,
     * and the agreement targets underpinning it (agreement reference / target name).
     */
    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("slaReference", slaReference);
        for (TargetHandling t : targets) {
            state.put("underpinningNeed: " + t.getSlaTarget(), t.needCode());
            state.put("internalHandling: " + t.getSlaTarget(), String.valueOf(t.getInternalMinutes()));
        }
        Map<String, String> underpinnedBy = new LinkedHashMap<>();
        for (Underpinning u : underpinnings) {
            String agreement = references.getOrDefault(u.getAgreementId(), "#" + u.getAgreementId());
            underpinnedBy.merge("underpinnedBy: " + u.getSlaTarget(), u.describe(agreement), (a, b) -> a + "; " + b);
        }
        state.putAll(underpinnedBy);
        return state;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnderpinningMap m && slaId.equals(m.slaId);
    }

    @Override
    public int hashCode() {
        return slaId.hashCode();
    }
}
