package org.sepakat.web.supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.sepakat.supplier.entity.AgreementKind;
import org.sepakat.supplier.entity.AgreementStatus;
import org.sepakat.supplier.entity.ObligationKind;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.SmsProcess;

/** The fixed choices of the supplier agreement pages, each shown by its label. */
@Named
@ApplicationScoped
public class SupplierAgreementChoices {

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    /** In clause order (ISO/IEC 20000-1:2018 clause 8). */
    public SmsProcess[] getProcesses() {
        return SmsProcess.values();
    }

    public ObligationKind[] getObligationKinds() {
        return ObligationKind.values();
    }

    public RenewalKind[] getRenewals() {
        return RenewalKind.values();
    }

    public SpanUnit[] getUnits() {
        return SpanUnit.values();
    }
}
