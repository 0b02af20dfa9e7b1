package org.sepakat.servicelevel.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sepakat.servicelevel.control.CalendarVersions;
import org.sepakat.servicelevel.entity.CalendarData;
import org.sepakat.servicelevel.entity.Holiday;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.WeeklyHours;
import org.sepakat.shared.boundary.ConcurrencyGuard;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.boundary.InputCheck;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.FieldProblems;
import org.sepakat.shared.entity.Page;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.Roles;
import org.sepakat.shared.persistence.PagedQuery;
import org.sepakat.shared.persistence.Records;
import org.sepakat.shared.persistence.UniqueKey;
import org.sepakat.shared.terms.CalendarTerm;

/**
 * Service-hours calendars, shared by the targets of many SLAs. Every save that changes what a
 * calendar measures (code, zone, hours, holidays) is kept as a version of it ({@link CalendarVersions}).
 */
@Stateless
@Interceptors(ConcurrencyGuard.class)
@RolesAllowed({
    Roles.ADMINISTRATOR,
    Roles.RELATIONSHIP_MANAGER,
    Roles.SERVICE_LEVEL_MANAGER,
    Roles.SUPPLIER_MANAGER,
    Roles.AUDITOR
})
public class Calendars {

    private static final String SCRATCH = "-";
    private static final String SCRATCH_ZONE = "UTC";

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck input;

    @Inject
    History history;

    @Inject
    CalendarVersions versions;

    public Page<ServiceCalendar> list(PageRequest request) {
        return PagedQuery.of(em, ServiceCalendar.class)
                .sortable("code", "name", "timeZone")
                .defaultSort("code", true)
                .textFilter("code", "code")
                .textFilter("name", "name")
                .fetch(request);
    }

    public List<ServiceCalendar> all() {
        return em.createQuery("SELECT c FROM ServiceCalendar c ORDER BY c.code", ServiceCalendar.class)
                .getResultList();
    }

    public ServiceCalendar find(Long id) {
        return Records.require(em, ServiceCalendar.class, id);
    }

    /** The calendar with this code as the targets naming it read it (SUP-7: a supplier target's hours). */
    public Optional<CalendarTerm> termOf(String code) {
        return byCode(code).map(ServiceCalendar::term);
    }

    public Optional<ServiceCalendar> byCode(String code) {
        return em.createNamedQuery(ServiceCalendar.FIND_BY_CODE, ServiceCalendar.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ServiceCalendar create(CalendarData data) {
        check(null, data);
        ServiceCalendar calendar = new ServiceCalendar(
                data.code().trim(), data.name().trim(), data.timeZone().trim());
        fill(calendar, data);
        ServiceCalendar created = history.created(calendar);
        versions.keep(created);
        return created;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public ServiceCalendar update(Long id, CalendarData data) {
        check(id, data);
        ServiceCalendar calendar = Records.asRead(em, ServiceCalendar.class, id, data.version());
        CalendarTerm before = calendar.term();
        ServiceCalendar changed = history.change(calendar, c -> {
            c.recode(data.code().trim());
            c.describe(data.name().trim(), data.timeZone().trim());
            fill(c, data);
        });
        if (!changed.term().equals(before)) {
            versions.keep(changed);
        }
        return changed;
    }

    /**
     * Names every problem of a calendar without storing anything: the field rules, the code, the
     * zone and each day's hours, checked on a scratch calendar (issue 12 §4). The editor asks when
     * the page has already refused some fields, so that one save shows the rest too.
     *
     * @throws InvalidInput naming every problem found
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SERVICE_LEVEL_MANAGER})
    public void check(Long id, CalendarData data) {
        FieldProblems problems = new FieldProblems();
        List<FieldProblem> invalid = input.problems(data);
        problems.add(invalid);
        Set<String> refused = invalid.stream().map(FieldProblem::field).collect(Collectors.toSet());
        if (!refused.contains("code")) {
            problems.check(() -> UniqueKey.require(
                    em,
                    ServiceCalendar.class,
                    ServiceCalendar.FIND_BY_CODE,
                    "code",
                    data.code().trim(),
                    id));
        }
        if (!refused.contains("timeZone")) {
            problems.check(() -> ServiceCalendar.zone(data.timeZone().trim()));
        }
        ServiceCalendar scratch = new ServiceCalendar(SCRATCH, SCRATCH, SCRATCH_ZONE);
        List<WeeklyHours> hours = problems.each(
                "hours",
                data.hours(),
                h -> new WeeklyHours(h.day(), h.opens(), h.closes()),
                refusedRows("hours", data.hours().size(), refused));
        problems.check(() -> scratch.replaceHours(hours));
        problems.throwIfAny();
    }

    /** The rows of a list that field rules refused: "hours[2]" when "hours[2].opens" was refused. */
    private static Set<String> refusedRows(String list, int size, Set<String> refused) {
        return IntStream.range(0, size)
                .mapToObj(i -> list + "[" + i + "]")
                .filter(row -> refused.stream().anyMatch(field -> field.startsWith(row + ".")))
                .collect(Collectors.toSet());
    }

    private static void fill(ServiceCalendar calendar, CalendarData data) {
        calendar.replaceHours(data.hours().stream()
                .map(h -> new WeeklyHours(h.day(), h.opens(), h.closes()))
                .toList());
        calendar.replaceHolidays(data.holidays().stream()
                .map(d -> new Holiday(d.date(), d.name()))
                .toList());
    }
}
