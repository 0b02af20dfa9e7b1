package org.sepakat.api.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.Holiday;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.ServiceLevelTarget;
import org.sepakat.servicelevel.entity.SlaStatus;
import org.sepakat.servicelevel.entity.WeeklyHours;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.shared.entity.Changes;

/** What the API returns for agreements and calendars. Targets, limits and windows are value objects and go out as they are. */
public final class SlaRepresentations {

    private SlaRepresentations() {
    }

    public record ExceptionsDto(List<MaintenanceWindow> windows, List<String> excludedCategories, String forceMajeure,
            boolean stated) {
    }

    public record SlaDto(Long id, long version, String reference, String title, Long customerId, String customerCode,
            List<CoveredService> services, String requirements, LocalDate validFrom, LocalDate validTo,
            ReviewCadence reviewCadence, String timeZone, SlaStatus status, int agreedVersion, String providerApprover,
            String customerApprover, Instant agreedAt, LocalDate nextReviewOn, List<ServiceLevelTarget> targets,
            List<WorkloadLimit> limits, ExceptionsDto exceptions, List<String> missingForAgreement,
            Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
        public static SlaDto of(ServiceLevelAgreement s) {
            return new SlaDto(s.getId(), s.getVersion(), s.getReference(), s.getTitle(), s.getCustomerId(), s.getCustomerCode(),
                    s.getServices(), s.getRequirements(), s.getValidFrom(), s.getValidTo(), s.getReviewCadence(),
                    s.getTimeZone(), s.getStatus(), s.getAgreedVersion(), s.getProviderApprover(), s.getCustomerApprover(),
                    s.getAgreedAt(), s.getNextReviewOn(), s.getTargets(), s.getLimits(),
                    new ExceptionsDto(s.getWindows(), s.getExcludedCategories(), s.getForceMajeure(), s.isExceptionsStated()),
                    s.missingForAgreement(), s.getCreatedAt(), s.getCreatedBy(), s.getChangedAt(), s.getChangedBy());
        }
    }

    public record VersionDto(int number, String providerApprover, String customerApprover, Instant agreedAt,
            Map<String, String> content) {
        public static VersionDto of(AgreedVersion v) {
            return new VersionDto(v.getNumber(), v.getProviderApprover(), v.getCustomerApprover(), v.getAgreedAt(), v.content());
        }
    }

    public record DifferenceDto(String line, String change, String before, String after) {
        public static DifferenceDto of(Changes.Change c) {
            String kind = c.oldValue() == null ? "ADDED" : c.newValue() == null ? "REMOVED" : "CHANGED";
            return new DifferenceDto(c.field(), kind, c.oldValue(), c.newValue());
        }
    }

    public record CalendarDto(Long id, long version, String code, String name, String timeZone, List<WeeklyHours> hours,
            List<Holiday> holidays, Instant changedAt, String changedBy) {
        public static CalendarDto of(ServiceCalendar c) {
            return new CalendarDto(c.getId(), c.getVersion(), c.getCode(), c.getName(), c.getTimeZone(), c.getHours(),
                    c.getHolidays(), c.getChangedAt(), c.getChangedBy());
        }
    }
}
