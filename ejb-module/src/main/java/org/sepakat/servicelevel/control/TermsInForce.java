package org.sepakat.servicelevel.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.sepakat.servicelevel.entity.AgreedTerms;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.persistence.InChunks;

/**
 * SLM-9: the terms a review measures an SLA by. While a revision is open (under review) the live
 * SLA holds the draft being edited, which the customer has not agreed; the period is measured by
 * the last agreed version instead, restored from its {@link AgreedTerms} as a detached stand-in.
 * A version agreed before its terms were kept (before changelog 010) cannot be restored: such an
 * SLA is measured by its live content, as it was before, and a warning is logged once per SLA.
 */
@ApplicationScoped
public class TermsInForce {

    private static final Logger LOG = Logger.getLogger(TermsInForce.class.getName());

    /** References of the SLAs already warned about. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @PersistenceContext
    EntityManager em;

    /** Each SLA as it is to be measured, in the same order: the live one unless a revision is open. */
    public List<ServiceLevelAgreement> of(List<ServiceLevelAgreement> slas) {
        List<Long> revised = slas.stream().filter(sla -> sla.getStatus() == SlaStatus.UNDER_REVIEW)
                .map(ServiceLevelAgreement::getId).toList();
        if (revised.isEmpty()) {
            return slas;
        }
        Map<Long, AgreedVersion> lastAgreed = InChunks.query(revised, ids -> em.createNamedQuery(
                        AgreedVersion.LAST_OF_AGREEMENTS, AgreedVersion.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.read-only", "true")
                .getResultList())
                .stream().collect(Collectors.toMap(v -> v.getAgreement().getId(), Function.identity()));
        return slas.stream().map(sla -> measured(sla, lastAgreed.get(sla.getId()))).toList();
    }

    /** {@code sla} as it is measured, given its last agreed version (read only when it is under revision). */
    ServiceLevelAgreement measured(ServiceLevelAgreement sla, AgreedVersion version) {
        if (sla.getStatus() != SlaStatus.UNDER_REVIEW) {
            return sla;
        }
        Optional<AgreedTerms> terms = version == null ? Optional.empty() : version.terms();
        if (terms.isEmpty()) {
            if (warned.add(sla.getReference())) {
                LOG.warning(() -> "SLA " + sla.getReference() + " is under revision, but its agreed version "
                        + sla.getAgreedVersion() + " predates restorable terms: it is measured by its current draft");
            }
            return sla;
        }
        return sla.asAgreed(version, terms.get());
    }
}
