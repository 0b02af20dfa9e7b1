package org.sepakat.api.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sepakat.common.Messages;
import org.sepakat.measurement.entity.Exclusion;
import org.sepakat.measurement.entity.LimitResult;
import org.sepakat.measurement.entity.LineDifference;
import org.sepakat.measurement.entity.PeriodReport;
import org.sepakat.measurement.entity.Reproduction;
import org.sepakat.measurement.entity.ReviewOutcomeData;
import org.sepakat.measurement.entity.ReviewState;
import org.sepakat.measurement.entity.TargetResult;
import org.sepakat.servicedata.entity.Delivery;

/**
 * Period reports as the API shows them. Every end of a period is exclusive and named {@code …Until}, as in
 * the CSV ({@code measured_until}): the first day not measured (README, "How a period is measured").
 */
public final class ReportRepresentations {

    private ReportRepresentations() {}

    /** A report in a list: what it covers, its rating and whether it was reviewed. */
    public record ReportSummaryDto(
            Long id,
            long version,
            Long agreementId,
            String agreementReference,
            Long customerId,
            String customerCode,
            String period,
            String rating,
            String triggeredBy,
            String reviewState,
            Instant createdAt) {

        static ReportSummaryDto of(PeriodReport r) {
            return new ReportSummaryDto(
                    r.getId(),
                    r.getVersion(),
                    r.getAgreementId(),
                    r.getAgreementReference(),
                    r.getCustomerId(),
                    r.getCustomerCode(),
                    r.getPeriodLabel(),
                    r.getRating().name(),
                    r.getTriggeredBy().name(),
                    r.getReviewState().name(),
                    r.getCreatedAt());
        }
    }

    public record TargetDto(
            String name,
            String metric,
            String comparison,
            BigDecimal threshold,
            String unit,

            @Schema(
                    description = "The first day measured, in the SLA's time zone",
                    format = "date",
                    example = "2026-10-01")
            LocalDate measuredFrom,

            @Schema(
                    description = "The first day not measured (exclusive end), in the SLA's time zone",
                    format = "date",
                    example = "2026-11-01")
            LocalDate measuredUntil,

            BigDecimal attained,
            String outcome,
            long counted,
            long withinTarget) {

        static TargetDto of(TargetResult t) {
            return new TargetDto(
                    t.getName(),
                    t.getMetric(),
                    t.getComparison(),
                    t.getThreshold(),
                    t.getUnit(),
                    t.getMeasuredFrom(),
                    t.getMeasuredTo(),
                    t.getAttained(),
                    t.getOutcome().name(),
                    t.getCounted(),
                    t.getWithinTarget());
        }
    }

    public record LimitDto(
            String name,
            String metric,
            long maximum,
            String overLimit,

            @Schema(
                    description = "The first day measured, in the SLA's time zone",
                    format = "date",
                    example = "2026-10-01")
            LocalDate measuredFrom,

            @Schema(
                    description = "The first day not measured (exclusive end), in the SLA's time zone",
                    format = "date",
                    example = "2026-11-01")
            LocalDate measuredUntil,

            BigDecimal actual,
            BigDecimal shareOfLimit,

            @Schema(
                    description = "The actual of the previous period as its stored report gives it (recomputed only"
                            + " when that period has no report); changePercent is measured from it",
                    example = "120")
            BigDecimal previousActual,

            BigDecimal changePercent,
            String outcome,

            @Schema(
                    description = "A restatement: the previous period's actual recomputed from today's service data"
                            + " where it differs from previousActual (e.g. a late delivery); null when it does not",
                    example = "125")
            BigDecimal previousRestated) {

        static LimitDto of(LimitResult l) {
            return new LimitDto(
                    l.getName(),
                    l.getMetric(),
                    l.getMaximum(),
                    l.getOverLimit(),
                    l.getMeasuredFrom(),
                    l.getMeasuredTo(),
                    l.getActual(),
                    l.getShareOfLimit(),
                    l.getPreviousActual(),
                    l.getChangePercent(),
                    l.getOutcome().name(),
                    l.getPreviousRestated());
        }
    }

    public record ExclusionDto(String appliesTo, String reason, String detail, BigDecimal amount, String amountUnit) {

        static ExclusionDto of(Exclusion e) {
            return new ExclusionDto(
                    e.getAppliesTo(), e.getReason().name(), e.getDetail(), e.getAmount(), e.getAmountUnit());
        }
    }

    /**
     * The outcome of the review with the customer, read inside the report and written to {@code …/review}
     * in the same shape; {@code version} is the report's.
     */
    @Schema(description = "The review outcome; PUT it to …/review with the version read")
    public record ReviewDto(
            @Schema(required = true) ReviewState state,
            String comments,
            String actions,
            @Schema(readOnly = true) String reviewedBy,
            @Schema(readOnly = true) Instant reviewedAt,

            @Schema(description = "The report's version that was read")
            Long version) {

        static ReviewDto of(PeriodReport r) {
            return new ReviewDto(
                    r.getReviewState(),
                    r.getReviewComments(),
                    r.getReviewActions(),
                    r.getReviewedBy(),
                    r.getReviewedAt(),
                    r.getVersion());
        }

        ReviewOutcomeData data(Long expectedVersion) {
            return new ReviewOutcomeData(state, comments, actions, expectedVersion);
        }
    }

    /** The whole report: figures, exclusions and the review outcome. */
    public record ReportDto(
            Long id,
            long version,
            Long agreementId,
            String agreementReference,
            String agreementTitle,
            int agreedVersion,
            Long customerId,
            String customerCode,
            String period,

            @Schema(
                    description = "The month's first day, in the SLA's time zone",
                    format = "date",
                    example = "2026-10-01")
            LocalDate periodStart,

            @Schema(
                    description = "The first day after the month (exclusive end), in the SLA's time zone",
                    format = "date",
                    example = "2026-11-01")
            LocalDate periodUntil,

            String timeZone,
            String rating,
            String triggeredBy,
            List<TargetDto> targets,
            List<LimitDto> limits,
            List<ExclusionDto> exclusions,
            ReviewDto review,
            Instant createdAt) {

        static ReportDto of(PeriodReport r) {
            return new ReportDto(
                    r.getId(),
                    r.getVersion(),
                    r.getAgreementId(),
                    r.getAgreementReference(),
                    r.getAgreementTitle(),
                    r.getAgreedVersion(),
                    r.getCustomerId(),
                    r.getCustomerCode(),
                    r.getPeriodLabel(),
                    r.getPeriodStart(),
                    r.getPeriodEnd(),
                    r.getTimeZone(),
                    r.getRating().name(),
                    r.getTriggeredBy().name(),
                    r.getTargets().stream().map(TargetDto::of).toList(),
                    r.getLimits().stream().map(LimitDto::of).toList(),
                    r.getExclusions().stream().map(ExclusionDto::of).toList(),
                    ReviewDto.of(r),
                    r.getCreatedAt());
        }
    }

    /**
     * A report computed again from the data as it stood when it was made (X-1, SLM-6): outcome IDENTICAL,
     * DIFFERENT or NOT_REPRODUCIBLE (then {@code reason} says why), the differing figures and the
     * deliveries received since the report that touched its records.
     */
    public record ReproductionDto(
            Long reportId,
            String outcome,
            Instant asOf,
            String reason,
            List<ReproducedDifferenceDto> differences,
            List<DeliveryDto> laterDeliveries) {

        static ReproductionDto of(Reproduction r, Locale locale) {
            return new ReproductionDto(
                    r.reportId(),
                    r.outcome().name(),
                    r.asOf(),
                    r.reasonKey() == null ? null : Messages.text(locale, r.reasonKey(), r.reasonArgument()),
                    r.differences().stream().map(ReproducedDifferenceDto::of).toList(),
                    r.laterDeliveries().stream().map(DeliveryDto::of).toList());
        }
    }

    /** One figure that differs: stored and recomputed ("" where the line is missing on that side). */
    public record ReproducedDifferenceDto(
            String section, String line, String field, String stored, String recomputed, List<DeliveryDto> deliveries) {

        static ReproducedDifferenceDto of(LineDifference d) {
            return new ReproducedDifferenceDto(
                    d.section().name(),
                    d.line(),
                    d.field(),
                    d.stored(),
                    d.recomputed(),
                    d.deliveries().stream().map(DeliveryDto::of).toList());
        }
    }

    /** A received version of a service record: kind, external id, version, who, when, channel, fields changed. */
    public record DeliveryDto(
            String kind,
            String externalId,
            long version,
            String receivedBy,
            Instant receivedAt,
            String channel,
            List<String> changed) {

        static DeliveryDto of(Delivery d) {
            return new DeliveryDto(
                    d.kind().field(),
                    d.externalId(),
                    d.version(),
                    d.receivedBy(),
                    d.receivedAt(),
                    d.channel().name(),
                    d.changed());
        }
    }
}
