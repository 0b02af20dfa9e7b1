package org.sepakat.supplier.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.party.boundary.ServiceCatalogue;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.servicelevel.boundary.Calendars;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.FieldProblems;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RecordNotFound;
import org.sepakat.shared.persistence.UniqueKey;
import org.sepakat.supplier.control.AgreementContent;
import org.sepakat.supplier.entity.Supplier;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierAgreementData;

/**
 * Checks what an author wrote into a supplier agreement against the other registers: its reference
 * unique, its supplier, the catalogue's services, the calendars its targets name, and who signs.
 */
@ApplicationScoped
public class AgreementChecks {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    SupplierContacts contacts;

    @Inject
    StaffDirectory staff;

    @Inject
    Calendars calendars;

    @Inject
    ServiceCatalogue services;

    /**
     * The input's field problems, its reference another agreement has, an unknown supplier: thrown at
     * once when the heading cannot be used, otherwise handed back for the content's problems to join.
     */
    FieldProblems checked(SupplierAgreementData data, Long ownId) {
        if (data == null) {
            throw InvalidInput.of("body", "error.body.missing");
        }
        FieldProblems problems = new FieldProblems();
        problems.add(input.problems(data));
        if (data.reference() != null && !data.reference().isBlank()) {
            problems.check(() -> UniqueKey.require(
                    em,
                    SupplierAgreement.class,
                    SupplierAgreement.FIND_BY_REFERENCE,
                    "reference",
                    data.reference().trim(),
                    ownId));
        }
        if (data.supplierId() != null && em.find(Supplier.class, data.supplierId()) == null) {
            problems.add(List.of(FieldProblem.of("supplierId", "error.supplierAgreement.unknownSupplier")));
        }
        problems.add(unknownServices(data.serviceIds()));
        problems.add(unknownCalendars(data.targets().stream()
                .map(t -> t == null ? null : t.calendarCode())
                .toList()));
        if (data.timeZone() != null && !data.timeZone().isBlank()) {
            problems.attempt(() -> AgreementContent.zone(data.timeZone()));
        }
        boolean headingUsable = problems.problems().stream()
                .map(FieldProblem::field)
                .noneMatch(f ->
                        f.equals("reference") || f.equals("title") || f.equals("supplierId") || f.equals("timeZone"));
        if (!headingUsable) {
            problems.throwIfAny();
        }
        return problems;
    }

    /** Each service id of the scope that is no service of the catalogue, by its index ("serviceIds[1]"). */
    List<FieldProblem> unknownServices(List<Long> ids) {
        if (ids.isEmpty() || ids.stream().anyMatch(java.util.Objects::isNull)) {
            return List.of();
        }
        var known = services.codesById(ids);
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.containsKey(ids.get(i))) {
                unknown.add(
                        FieldProblem.of("serviceIds[" + i + "]", "error.supplierAgreement.unknownService", ids.get(i)));
            }
        }
        return unknown;
    }

    /** Each target whose calendar is not one of the calendars, on its row ("targets[1].calendarCode"). */
    List<FieldProblem> unknownCalendars(List<String> calendarCodes) {
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < calendarCodes.size(); i++) {
            String code = calendarCodes.get(i);
            if (code != null && !code.isBlank() && calendars.byCode(code).isEmpty()) {
                unknown.add(FieldProblem.of(
                        "targets[" + i + "].calendarCode", "error.supplierAgreement.calendarUnknown", code));
            }
        }
        return unknown;
    }

    String providerSignatory(Long staffId) {
        try {
            return staff.find(staffId).getUsername();
        } catch (RecordNotFound e) {
            throw InvalidInput.of("providerStaffId", "error.staff.unknown", staffId);
        }
    }

    String supplierSignatory(SupplierAgreement agreement, Long contactId) {
        try {
            return contacts.find(agreement.getSupplier().getId(), contactId).getName();
        } catch (RecordNotFound e) {
            throw InvalidInput.of(
                    "supplierContactId",
                    "error.supplierAgreement.contactUnknown",
                    agreement.getSupplier().getName());
        }
    }
}
