package org.sepakat.servicelevel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sepakat.party.boundary.Contacts;
import org.sepakat.party.boundary.Customers;
import org.sepakat.party.boundary.StaffDirectory;
import org.sepakat.party.entity.Customer;
import org.sepakat.party.entity.Service;
import org.sepakat.servicelevel.entity.AgreementData;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.LimitData;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaData;
import org.sepakat.servicelevel.entity.WindowData;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.FieldProblems;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RecordNotFound;

/**
 * Turns what the author entered into the agreement's typed content, checking it against the
 * party register (the customer, the services it takes, its contacts) and the calendars.
 */
@ApplicationScoped
public class SlaContent {

    /** Who signed for each side, as the agreement records them. */
    public record Signatories(String provider, String customer) {}

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    StaffDirectory staff;

    @Inject
    Calendars calendars;

    /** A field of one row of the draft's lists, as Bean Validation names it: "exceptions.windows[0].name". */
    private static final String SCRATCH = "-";

    private static final String SCRATCH_ZONE = "UTC";

    private static final Pattern ROW = Pattern.compile("((?:exceptions\\.windows|targets|limits)\\[\\d+])\\.");

    public ServiceLevelAgreement draft(SlaData data) {
        Customer customer = customer(data.customerId());
        ServiceLevelAgreement sla = new ServiceLevelAgreement(
                data.reference().trim(),
                data.title().trim(),
                customer.getId(),
                customer.getCode(),
                data.reviewCadence(),
                data.timeZone().trim());
        apply(sla, data);
        return sla;
    }

    /** Applies the whole draft; every problem of it is refused together (issue 12 §4). */
    public void apply(ServiceLevelAgreement sla, SlaData data) {
        FieldProblems problems = new FieldProblems();
        apply(sla, data, problems, Set.of());
        problems.throwIfAny();
    }

    /**
     * Refuses a draft that broke field rules ({@code invalid}) together with every business problem
     * of its other parts, so one save names them all (issue 12 §4): the parts are checked on a
     * scratch agreement that stands in for the refused header fields and is never stored.
     */
    public InvalidInput refusal(SlaData data, List<FieldProblem> invalid) {
        FieldProblems problems = new FieldProblems();
        problems.add(invalid);
        Set<String> refused = invalid.stream().map(p -> refusedPart(p.field())).collect(Collectors.toSet());
        Optional<Customer> customer =
                refused.contains("customerId") ? Optional.empty() : problems.attempt(() -> customer(data.customerId()));
        ReviewCadence cadence = data.reviewCadence() == null ? ReviewCadence.values()[0] : data.reviewCadence();
        String zone =
                refused.contains("timeZone") ? SCRATCH_ZONE : data.timeZone().trim();
        ServiceLevelAgreement scratch = new ServiceLevelAgreement(
                SCRATCH,
                SCRATCH,
                customer.map(Customer::getId).orElse(0L),
                customer.map(Customer::getCode).orElse(SCRATCH),
                cadence,
                readableZone(zone));
        problems.check(() -> scratch.describe(SCRATCH, null, data.validFrom(), data.validTo(), cadence, zone));
        customer.ifPresent(c -> problems.check(() -> scratch.cover(covered(c, data.serviceIds()))));
        applyRows(scratch, data, problems, refused);
        return new InvalidInput(problems.problems());
    }

    /** The part a field problem refuses: its row ("targets[2]") or the header field itself ("title"). */
    private static String refusedPart(String field) {
        Matcher row = ROW.matcher(field);
        return row.lookingAt() ? row.group(1) : field;
    }

    private static String readableZone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            return SCRATCH_ZONE;
        }
    }

    private void apply(ServiceLevelAgreement sla, SlaData data, FieldProblems problems, Set<String> skipped) {
        if (!sla.getCustomerId().equals(data.customerId())) {
            throw InvalidInput.of("customerId", "error.sla.customerFixed", sla.getCustomerCode());
        }
        sla.rereference(data.reference().trim());
        problems.check(() -> sla.describe(
                data.title().trim(),
                blankToNull(data.requirements()),
                data.validFrom(),
                data.validTo(),
                data.reviewCadence(),
                data.timeZone().trim()));
        problems.check(() -> sla.cover(covered(customer(sla.getCustomerId()), data.serviceIds())));
        applyRows(sla, data, problems, skipped);
    }

    private void applyRows(ServiceLevelAgreement sla, SlaData data, FieldProblems problems, Set<String> skipped) {
        List<AgreementTarget> targets = problems.each(
                "targets",
                data.targets(),
                row -> {
                    AgreementTarget target = row.toTarget();
                    requireCalendar(target);
                    return target;
                },
                skipped);
        List<WorkloadLimit> limits = problems.each("limits", data.limits(), LimitData::toLimit, skipped);
        List<MaintenanceWindow> windows =
                problems.each("exceptions.windows", data.exceptions().windows(), WindowData::toWindow, skipped);
        problems.check(() -> sla.replaceTargets(targets));
        problems.check(() -> sla.replaceLimits(limits));
        problems.check(() -> sla.replaceExceptions(
                windows,
                data.exceptions().excludedCategories(),
                data.exceptions().forceMajeure(),
                data.exceptions().stated()));
    }

    public Signatories signatories(ServiceLevelAgreement sla, AgreementData data) {
        String provider;
        try {
            provider = staff.find(data.providerStaffId()).getUsername();
        } catch (RecordNotFound e) {
            throw InvalidInput.of("providerStaffId", "error.staff.unknown", data.providerStaffId());
        }
        String customer;
        try {
            customer =
                    contacts.find(sla.getCustomerId(), data.customerContactId()).getName();
        } catch (RecordNotFound e) {
            throw InvalidInput.of("customerContactId", "error.sla.contactUnknown", sla.getCustomerCode());
        }
        return new Signatories(provider, customer);
    }

    public void requireKnownCalendars(ServiceLevelAgreement sla) {
        sla.getTargets().forEach(this::requireCalendar);
    }

    private void requireCalendar(AgreementTarget target) {
        if (target.getCalendarCode() != null
                && calendars.byCode(target.getCalendarCode()).isEmpty()) {
            throw InvalidInput.of(
                    "calendarCode", "error.sla.calendarUnknown", target.getCalendarCode(), target.getName());
        }
    }

    private Customer customer(Long id) {
        try {
            return customers.find(id);
        } catch (RecordNotFound e) {
            throw InvalidInput.of("customerId", "error.sla.customerUnknown", id);
        }
    }

    private static List<CoveredService> covered(Customer customer, List<Long> serviceIds) {
        Map<Long, Service> taken =
                customer.getServices().stream().collect(Collectors.toMap(Service::getId, Function.identity()));
        List<CoveredService> covered = new ArrayList<>();
        for (Long id : serviceIds) {
            Service service = taken.get(id);
            if (service == null) {
                throw InvalidInput.of("serviceIds", "error.sla.serviceNotTaken", id, customer.getCode());
            }
            covered.add(new CoveredService(service.getId(), service.getCode()));
        }
        return covered;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
