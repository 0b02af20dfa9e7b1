package org.sepakat.api.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.AgreementData;
import org.sepakat.servicelevel.entity.CalendarData;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.ExceptionsData;
import org.sepakat.servicelevel.entity.LimitData;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaData;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.servicelevel.entity.WindowData;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.entity.AgreementTarget;
import org.sepakat.shared.entity.Changes;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.TargetData;

/**
 * Agreements and calendars as the API reads and writes them: one shape each way, so a GET's body PUT back
 * changes nothing. Targets, limits and windows are the very records a write takes.
 */
public final class SlaRepresentations {

    private SlaRepresentations() {}

    @Schema(description = "A service the SLA covers, written by serviceId")
    public record CoveredServiceDto(
            @Schema(required = true, example = "12") Long serviceId,
            @Schema(readOnly = true, example = "ERP") String serviceCode) {
        static CoveredServiceDto of(CoveredService c) {
            return new CoveredServiceDto(c.getServiceId(), c.getServiceCode());
        }
    }

    @Schema(
            description = "An SLA as one document (SLM-1..5, SLM-9): written in the shape it is read; status, "
                    + "approvals and the other read-only fields change only through the lifecycle operations")
    public record SlaDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(required = true, example = "SLA-FIN-2026")
            String reference,

            @Schema(required = true, example = "Finance systems 2026")
            String title,

            @Schema(required = true, example = "7") Long customerId,
            @Schema(readOnly = true) String customerCode,
            List<CoveredServiceDto> services,
            String requirements,
            LocalDate validFrom,
            LocalDate validTo,
            @Schema(required = true) ReviewCadence reviewCadence,

            @Schema(required = true, example = "Asia/Jakarta")
            String timeZone,

            @Schema(readOnly = true) SlaStatus status,
            @Schema(readOnly = true) Integer agreedVersion,
            @Schema(readOnly = true) String providerApprover,
            @Schema(readOnly = true) String customerApprover,
            @Schema(readOnly = true) Instant agreedAt,
            @Schema(readOnly = true) LocalDate nextReviewOn,
            List<TargetData> targets,
            List<LimitData> limits,
            ExceptionsData exceptions,
            @Schema(readOnly = true) List<String> missingForAgreement,
            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true) String createdBy,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static SlaDto of(ServiceLevelAgreement s) {
            return new SlaDto(
                    s.getId(),
                    s.getVersion(),
                    s.getReference(),
                    s.getTitle(),
                    s.getCustomerId(),
                    s.getCustomerCode(),
                    s.getServices().stream().map(CoveredServiceDto::of).toList(),
                    s.getRequirements(),
                    s.getValidFrom(),
                    s.getValidTo(),
                    s.getReviewCadence(),
                    s.getTimeZone(),
                    s.getStatus(),
                    s.getAgreedVersion(),
                    s.getProviderApprover(),
                    s.getCustomerApprover(),
                    s.getAgreedAt(),
                    s.getNextReviewOn(),
                    s.getTargets().stream().map(SlaRepresentations::target).toList(),
                    s.getLimits().stream().map(SlaRepresentations::limit).toList(),
                    new ExceptionsData(
                            s.getWindows().stream()
                                    .map(SlaRepresentations::window)
                                    .toList(),
                            s.getExcludedCategories(),
                            s.getForceMajeure(),
                            s.isExceptionsStated()),
                    s.missingForAgreement(),
                    s.getCreatedAt(),
                    s.getCreatedBy(),
                    s.getChangedAt(),
                    s.getChangedBy());
        }

        SlaData data() {
            return new SlaData(
                    reference,
                    title,
                    customerId,
                    services == null
                            ? null
                            : services.stream()
                                    .map(CoveredServiceDto::serviceId)
                                    .toList(),
                    requirements,
                    validFrom,
                    validTo,
                    reviewCadence,
                    timeZone,
                    targets,
                    limits,
                    exceptions,
                    version);
        }
    }

    public static TargetData target(AgreementTarget t) {
        return new TargetData(
                t.getName(),
                t.getMetric(),
                t.getComparison(),
                t.getThreshold(),
                t.getUnit(),
                t.getPeriod(),
                t.getCalendarCode(),
                t.getPriority(),
                t.getWithinHours(),
                t.getAvailabilityScope(),
                t.getNoResponse());
    }

    static LimitData limit(WorkloadLimit l) {
        return new LimitData(
                l.getName(), l.getMetric(), l.getTicketKind(), l.getMaximum(), l.getPeriod(), l.getOverLimit());
    }

    static WindowData window(MaintenanceWindow w) {
        return new WindowData(
                w.getName(),
                w.getRecurrence(),
                w.getOnDate(),
                w.getOnDayOfWeek(),
                w.getOnDayOfMonth(),
                w.getStartsAt(),
                w.getDurationMinutes());
    }

    @Schema(
            description = "Both sides sign (SLM-1): who signs for each, the version read, and the month the agreed"
                    + " version takes effect")
    public record AgreeDto(
            @Schema(required = true, example = "3") Long providerStaffId,
            @Schema(required = true, example = "17") Long customerContactId,

            @Schema(description = "The version read (or ?version= or If-Match)", example = "4")
            Long version,

            @Schema(
                    description = "The first month the agreed version is in force, yyyy-MM; months from it on are"
                            + " measured by it. None: the month after the agreement. Not before the month the"
                            + " previous version takes effect.",
                    pattern = "^[0-9]{4}-[0-9]{2}$",
                    example = "2026-07")
            String effectiveFrom) {

        /** The agreement, the version as the request carries it. */
        public AgreementData data(Long expectedVersion) {
            YearMonth month;
            try {
                month = effectiveFrom == null || effectiveFrom.isBlank() ? null : YearMonth.parse(effectiveFrom.trim());
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("effectiveFrom", "error.sla.effectiveFrom.format", effectiveFrom);
            }
            return new AgreementData(providerStaffId, customerContactId, expectedVersion, month);
        }
    }

    /** An agreed version: its lines as agreed; a line left empty is not listed. */
    public record VersionDto(
            int number,
            String providerApprover,
            String customerApprover,
            Instant agreedAt,

            @Schema(
                    description =
                            "The first month this version is in force (yyyy-MM): months from it on are measured by it",
                    example = "2026-07")
            String effectiveFrom,

            Map<String, String> content) {
        public static VersionDto of(AgreedVersion v) {
            Map<String, String> content = new LinkedHashMap<>();
            v.content().forEach((line, text) -> {
                if (text != null) {
                    content.put(line, text);
                }
            });
            return new VersionDto(
                    v.getNumber(),
                    v.getProviderApprover(),
                    v.getCustomerApprover(),
                    v.getAgreedAt(),
                    YearMonth.from(v.getEffectiveFrom()).toString(),
                    content);
        }
    }

    public record DifferenceDto(String line, String change, String before, String after) {
        public static DifferenceDto of(Changes.Change c) {
            String kind = c.oldValue() == null ? "ADDED" : c.newValue() == null ? "REMOVED" : "CHANGED";
            return new DifferenceDto(c.field(), kind, c.oldValue(), c.newValue());
        }
    }

    @Schema(description = "A service-hours calendar: weekly business hours and holidays in a time zone")
    public record CalendarDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(required = true, example = "JKT-OFFICE") String code,

            @Schema(required = true, example = "Jakarta office hours")
            String name,

            @Schema(required = true, example = "Asia/Jakarta")
            String timeZone,

            @Schema(
                    description = "Weekly service hours; a closing time of 00:00 is the end of the day"
                            + " (24:00), so a day can run round the clock: opens 00:00, closes 00:00")
            List<CalendarData.Hours> hours,

            List<CalendarData.Day> holidays,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static CalendarDto of(ServiceCalendar c) {
            return new CalendarDto(
                    c.getId(),
                    c.getVersion(),
                    c.getCode(),
                    c.getName(),
                    c.getTimeZone(),
                    c.getHours().stream()
                            .map(h -> new CalendarData.Hours(h.getDay(), h.getOpens(), h.getCloses()))
                            .toList(),
                    c.getHolidays().stream()
                            .map(h -> new CalendarData.Day(h.getDate(), h.getName()))
                            .toList(),
                    c.getChangedAt(),
                    c.getChangedBy());
        }

        CalendarData data() {
            return new CalendarData(code, name, timeZone, hours, holidays, version);
        }
    }
}
