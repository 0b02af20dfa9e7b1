package org.sepakat.supplier.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sepakat.shared.terms.AgreementChanged;
import org.sepakat.shared.terms.OwnerKind;
import org.sepakat.supplier.entity.UnderpinningChanged;

/**
 * When the alignment check runs (SUP-7): after the commit of every change of an SLA (that SLA), of
 * a supplier agreement (every SLA it underpins) and of an underpinning map (its SLA), and nightly
 * for every SLA with a map. It runs as the administrator, whoever made the change, so that it reads
 * every SLA and may write the risk register. Several servers may run it at once: the risk register
 * keeps one open risk per finding, so the effects are the same.
 */
@Stateless
@RunAs(org.sepakat.shared.entity.Roles.ADMINISTRATOR)
@PermitAll
public class AlignmentTriggers {

    private static final Logger LOG = Logger.getLogger(AlignmentTriggers.class.getName());

    @Inject
    Alignments alignments;

    public void onAgreementChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgreementChanged changed) {
        if (changed.owner() == OwnerKind.SERVICE_LEVEL_AGREEMENT) {
            if (alignments.isMapped(changed.id())) {
                checkEach(List.of(changed.id()));
            }
        } else {
            checkEach(alignments.slasUnderpinnedBy(changed.id()));
        }
    }

    public void onUnderpinningChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnderpinningChanged changed) {
        checkEach(List.of(changed.slaId()));
    }

    @Schedule(hour = "5", minute = "30", persistent = false, info = "SUP-7 nightly alignment check")
    void nightly() {
        List<Long> slas = alignments.mappedSlas();
        checkEach(slas);
        LOG.info(() -> "Nightly alignment check of " + slas.size() + " SLA(s) done");
    }

    /** Each SLA in a transaction of its own: one that fails is logged and the rest are still checked. */
    private void checkEach(List<Long> slaIds) {
        for (Long id : slaIds) {
            try {
                alignments.check(id);
            } catch (EJBException failed) {
                LOG.log(Level.WARNING, failed, () -> "The alignment check of SLA " + id + " failed");
            }
        }
    }
}
