package org.sepakat.servicelevel.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.sepakat.servicelevel.entity.AgreedTerms;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.CalendarVersion;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.shared.entity.Period;
import org.sepakat.shared.persistence.InChunks;
import org.sepakat.shared.terms.CalendarTerm;
import org.sepakat.shared.terms.MeasurableAgreement;

/**
 * SLM-9: SLAs as the measurement engine reads them, the published {@link MeasurableAgreement}. A
 * month is measured by the agreed version in force in it (README, "How a period is measured"): the
 * SLA as it stands when that is its last agreed version and no revision is open (the draft being
 * edited is not agreed), else that version restored from the {@link AgreedTerms} it keeps. A version agreed before its terms were kept (before changelog 010)
 * cannot be restored: such an SLA is measured by its current content, as before, and a warning is
 * logged once per SLA. The calendars are those the measured targets name, as they stand now (or, for
 * an agreed version measured again, as they stood at a given moment).
 */
@ApplicationScoped
public class AgreementsInForce {

    private static final Logger LOG = Logger.getLogger(AgreementsInForce.class.getName());

    /** References of the SLAs already warned about. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @PersistenceContext
    EntityManager em;

    /** The terms one SLA is measured by, under the version number and provider signatory they were agreed with. */
    record Terms(ServiceLevelAgreement sla, int version, String signatory, AgreedTerms terms) {

        static Terms current(ServiceLevelAgreement sla) {
            return new Terms(sla, sla.getAgreedVersion(), sla.getProviderApprover(), sla.terms());
        }

        MeasurableAgreement measurable(Map<String, CalendarTerm> calendars) {
            return sla.measurable(version, signatory, terms, calendars);
        }
    }

    /**
     * Each SLA in force in {@code period} as it is measured then, in the same order (README, "How a
     * period is measured"): by its agreed version in force in the month, within its validity; an SLA
     * no version of which is in force in the month, or not valid during it, is left out.
     */
    public List<MeasurableAgreement> of(List<ServiceLevelAgreement> slas, Period period) {
        Map<Long, List<AgreedVersion>> versions = slas.isEmpty()
                ? Map.of()
                : InChunks.query(
                                slas.stream().map(ServiceLevelAgreement::getId).toList(),
                                ids -> em.createNamedQuery(AgreedVersion.OF_AGREEMENTS, AgreedVersion.class)
                                        .setParameter("ids", ids)
                                        .setHint("eclipselink.read-only", "true")
                                        .getResultList())
                        .stream()
                        .collect(Collectors.groupingBy(v -> v.getAgreement().getId()));
        List<Terms> measured = slas.stream()
                .map(sla -> inForce(sla, versions.getOrDefault(sla.getId(), List.of()), period))
                .flatMap(Optional::stream)
                .toList();
        return measurable(measured);
    }

    /** Each SLA as its content stands now, a draft or a revision in progress included. */
    public List<MeasurableAgreement> current(List<ServiceLevelAgreement> slas) {
        return measurable(slas.stream().map(Terms::current).toList());
    }

    /** The SLA as {@code version} of it was agreed; empty for a version agreed before its terms were kept. */
    public Optional<MeasurableAgreement> agreed(ServiceLevelAgreement sla, AgreedVersion version) {
        return version.terms()
                .map(terms -> measurable(
                                List.of(new Terms(sla, version.getNumber(), version.getProviderApprover(), terms)))
                        .get(0));
    }

    /**
     * The SLA as {@code version} of it was agreed, with the calendars its targets name as they stood
     * at {@code asOf}; empty for a version agreed before its terms were kept.
     */
    public Optional<MeasurableAgreement> agreed(ServiceLevelAgreement sla, AgreedVersion version, Instant asOf) {
        return version.terms()
                .map(terms -> new Terms(sla, version.getNumber(), version.getProviderApprover(), terms)
                        .measurable(calendarsAsOf(terms.calendarCodes(), asOf)));
    }

    /**
     * {@code sla} as it is measured in {@code period}, given its agreed versions: empty when none is in
     * force in the month or the month is outside the validity of the version in force.
     */
    MeasurableAgreement measured(
            ServiceLevelAgreement sla,
            List<AgreedVersion> versions,
            Period period,
            Map<String, CalendarTerm> calendars) {
        return inForce(sla, versions, period).map(t -> t.measurable(calendars)).orElse(null);
    }

    /**
     * The terms of the version of {@code sla} in force in {@code period}, empty when none is; a
     * version whose month is outside its validity is not in force then either.
     */
    Optional<Terms> inForce(ServiceLevelAgreement sla, List<AgreedVersion> versions, Period period) {
        return versionInForce(sla, versions, period).filter(t -> validIn(t.terms(), period));
    }

    /** The terms of the version of {@code sla} that took effect last by {@code period}, whatever its validity. */
    public Optional<AgreedTerms> termsInForce(ServiceLevelAgreement sla, List<AgreedVersion> versions, Period period) {
        return versionInForce(sla, versions, period).map(Terms::terms);
    }

    /** Whether {@code period} is within the validity of {@code terms} (either end open when not given). */
    public static boolean validIn(AgreedTerms terms, Period period) {
        return (terms.validFrom() == null || terms.validFrom().isBefore(period.nextFirstDay()))
                && (terms.validTo() == null || !terms.validTo().isBefore(period.firstDay()));
    }

    private Optional<Terms> versionInForce(ServiceLevelAgreement sla, List<AgreedVersion> versions, Period period) {
        return AgreedVersion.inForce(versions, period.firstDay()).map(version -> terms(sla, version));
    }

    /**
     * The terms {@code version} of {@code sla} was agreed with: the SLA as it stands when that is its
     * last agreed version and no revision is open, else the version's stored terms (or, for a version
     * agreed before they were kept, the SLA as it stands, with a warning).
     */
    private Terms terms(ServiceLevelAgreement sla, AgreedVersion version) {
        if (sla.getStatus() != SlaStatus.UNDER_REVIEW && version.getNumber() == sla.getAgreedVersion()) {
            return Terms.current(sla);
        }
        Optional<AgreedTerms> agreed = version.terms();
        if (agreed.isEmpty()) {
            if (warned.add(sla.getReference())) {
                LOG.warning(() -> "SLA " + sla.getReference() + ": its agreed version " + version.getNumber()
                        + " predates restorable terms: it is measured by its current content");
            }
            return Terms.current(sla);
        }
        return new Terms(sla, version.getNumber(), version.getProviderApprover(), agreed.get());
    }

    private List<MeasurableAgreement> measurable(List<Terms> measured) {
        Set<String> codes = measured.stream()
                .flatMap(t -> t.terms().calendarCodes().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, CalendarTerm> calendars = calendars(codes);
        return measured.stream().map(t -> t.measurable(calendars)).toList();
    }

    /** The calendars with these codes, by code, in a few queries; an unknown code is left out. */
    private Map<String, CalendarTerm> calendars(Collection<String> codes) {
        return calendarsNow(codes).stream()
                .map(ServiceCalendar::term)
                .collect(Collectors.toMap(CalendarTerm::code, Function.identity()));
    }

    /**
     * The calendars with these codes as they stood at {@code at}: of each calendar that ever had one
     * of the codes, the version saved last by then (its first, if it was first saved later), if that
     * version had one of the codes; a calendar with no version (written around the application) as it
     * stands.
     */
    private Map<String, CalendarTerm> calendarsAsOf(Collection<String> codes, Instant at) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CalendarVersion>> byCalendar = em
                .createNamedQuery(CalendarVersion.OF_CODES, CalendarVersion.class)
                .setParameter("codes", List.copyOf(codes))
                .setHint("eclipselink.read-only", "true")
                .getResultList()
                .stream()
                .collect(
                        Collectors.groupingBy(CalendarVersion::getCalendarId, LinkedHashMap::new, Collectors.toList()));
        Map<String, CalendarTerm> found = new HashMap<>();
        calendarsNow(codes).stream()
                .filter(calendar -> !byCalendar.containsKey(calendar.getId()))
                .forEach(calendar -> found.put(calendar.getCode(), calendar.term()));
        for (List<CalendarVersion> versions : byCalendar.values()) {
            CalendarVersion then = versions.stream()
                    .filter(v -> !v.getSavedAt().isAfter(at))
                    .reduce((a, b) -> b)
                    .orElse(versions.get(0));
            if (codes.contains(then.getCode())) {
                found.put(then.getCode(), then.term());
            }
        }
        return found;
    }

    private List<ServiceCalendar> calendarsNow(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return InChunks.query(
                List.copyOf(codes),
                chunk -> em.createQuery("SELECT c FROM ServiceCalendar c WHERE c.code IN :codes", ServiceCalendar.class)
                        .setParameter("codes", chunk)
                        .setHint("eclipselink.read-only", "true")
                        .setHint("eclipselink.batch.type", "IN")
                        .setHint("eclipselink.batch", "c.hours")
                        .setHint("eclipselink.batch", "c.holidays")
                        .getResultList());
    }
}
