package org.sepakat.supplier.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.sepakat.party.entity.DemoPartiesLoaded;
import org.sepakat.servicelevel.boundary.ServiceLevelAgreements;
import org.sepakat.shared.entity.Roles;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.UnderpinningData;
import org.sepakat.supplier.entity.UnderpinningData.Entry;
import org.sepakat.supplier.entity.UnderpinningData.Need;

/**
 * The demo SLA's underpinning map, so a newcomer sees the check at work at once (issue 13 §4): its
 * office-hours availability held up by the hosting contract and the network OLA in series, whose
 * 99.95 % × 98 % fall short of the SLA's 99.5 % (the deliberate misalignment, with its risk); its
 * round-the-clock availability by the hosting contract; its P1 resolution by the contract's P1
 * resolution plus an hour of the provider's own handling. Runs after the demo SLA and the demo
 * supplier agreements are stored (a later priority on the same event), once: an SLA with a map is
 * left alone.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
public class AlignmentDemoData {

    private static final Logger LOG = Logger.getLogger(AlignmentDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceLevelAgreements slas;

    @Inject
    Underpinnings underpinnings;

    @Inject
    Alignments alignments;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onDemoParties(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION + 800)
                    DemoPartiesLoaded parties) {
        int year = LocalDate.now(clock).getYear();
        Optional<Long> sla = slas.idOf("SLA-FIN-" + year);
        Optional<SupplierAgreement> hosting = agreement("UC-HOST-" + year);
        Optional<SupplierAgreement> network = agreement("OLA-NET-" + year);
        if (sla.isEmpty() || hosting.isEmpty() || network.isEmpty() || alignments.isMapped(sla.get())) {
            return;
        }
        long host = hosting.get().getId();
        long net = network.get().getId();
        underpinnings.replace(
                sla.get(),
                new UnderpinningData(
                        List.of(
                                new Need("Office-hours availability", true, 0),
                                new Need("Round-the-clock availability", true, 0),
                                new Need("P1 resolution", true, 60)),
                        List.of(
                                new Entry("Office-hours availability", host, "Hosting availability"),
                                new Entry("Office-hours availability", net, "Network availability"),
                                new Entry("Round-the-clock availability", host, "Hosting availability"),
                                new Entry("P1 resolution", host, "P1 resolution")),
                        0L));
        LOG.info("Demo data loaded: the underpinning map of SLA-FIN-" + year + ", checked");
    }

    private Optional<SupplierAgreement> agreement(String reference) {
        return em.createNamedQuery(SupplierAgreement.FIND_BY_REFERENCE, SupplierAgreement.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }
}
