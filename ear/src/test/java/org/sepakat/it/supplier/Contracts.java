package org.sepakat.it.supplier;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.Unique;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.supplier.boundary.SupplierAgreements;
import org.sepakat.supplier.boundary.SupplierContacts;
import org.sepakat.supplier.boundary.Suppliers;
import org.sepakat.supplier.entity.ObligationKind;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.Responsibility;
import org.sepakat.supplier.entity.SigningData;
import org.sepakat.supplier.entity.SmsProcess;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierAgreementData;
import org.sepakat.supplier.entity.SupplierAgreementData.CommercialTermsData;
import org.sepakat.supplier.entity.SupplierAgreementData.ObligationData;
import org.sepakat.supplier.entity.SupplierAgreementData.RaciData;
import org.sepakat.supplier.entity.SupplierAgreementData.RequirementData;
import org.sepakat.supplier.entity.SupplierContact;
import org.sepakat.supplier.entity.SupplierContactData;
import org.sepakat.supplier.entity.SupplierData;
import org.sepakat.supplier.entity.SupplierKind;

/**
 * Underpinning contracts made through the boundaries as a supplier manager would (the caller's role applies): an
 * external supplier whose contract manager is {@code supman}, and a complete contract with the terms asked for.
 */
@Dependent
public class Contracts {

    public static final String ZONE = "Asia/Jakarta";

    @Inject
    Suppliers suppliers;

    @Inject
    SupplierAgreements agreements;

    @Inject
    SupplierContacts contacts;

    @Inject
    StaffDirectory staff;

    public SupplierAgreement draft(
            LocalDate startsOn,
            String initialTerm,
            RenewalKind renewal,
            String renewalPeriod,
            String noticePeriod,
            Integer noticeReminderDays,
            Integer expiryReminderDays) {
        Supplier supplier = suppliers.create(
                new SupplierData(Unique.code("SUPC"), "PT Awan Kontrak", SupplierKind.EXTERNAL_SUPPLIER, null, null));
        Long supman = staff.byUsername(DemoUsers.SUPMAN).orElseThrow().getId();
        suppliers.appoint(supplier.getId(), Responsibility.CONTRACT, supman);
        return agreements.create(new SupplierAgreementData(
                Unique.code("UC"),
                "Hosting contract",
                supplier.getId(),
                ZONE,
                noticeReminderDays,
                expiryReminderDays,
                List.of(),
                List.of("ERP database hosting"),
                List.of(SmsProcess.CONTROL_OF_PARTIES),
                List.of(new RequirementData("Hosting in Indonesia", null)),
                List.of(),
                List.of(new ObligationData(ObligationKind.OBLIGATION, "Monthly availability report", "monthly", null)),
                List.of(new RaciData("Restore service", "A", "R")),
                new CommercialTermsData(
                        new BigDecimal("120000000.00"),
                        "IDR",
                        startsOn,
                        initialTerm,
                        renewal,
                        renewalPeriod,
                        noticePeriod),
                null));
    }

    /** Our supplier manager and the supplier's account manager sign (version 1), and it is activated. */
    public SupplierAgreement agreeAndActivate(Long id) {
        SupplierAgreement draft = agreements.find(id);
        SupplierContact signatory = contacts.create(
                draft.getSupplier().getId(),
                new SupplierContactData("Ibu Wulan", "wulan@awan.example", null, "Account manager", null));
        Long supman = staff.byUsername(DemoUsers.SUPMAN).orElseThrow().getId();
        SupplierAgreement agreed =
                agreements.agree(id, new SigningData(supman, signatory.getId(), null, draft.getVersion()));
        return agreements.activate(id, agreed.getVersion());
    }
}
