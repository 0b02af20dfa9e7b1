package org.sepakat.api.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sepakat.api.servicelevel.SlaRepresentations;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.TargetData;
import org.sepakat.supplier.entity.AgreementKind;
import org.sepakat.supplier.entity.AgreementStatus;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.ContractDates;
import org.sepakat.supplier.entity.RaciParty;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.SigningData;
import org.sepakat.supplier.entity.SmsProcess;
import org.sepakat.supplier.entity.SupplierAgreedVersion;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierAgreementData;
import org.sepakat.supplier.entity.SupplierAgreementData.CommercialTermsData;
import org.sepakat.supplier.entity.SupplierAgreementData.ObligationData;
import org.sepakat.supplier.entity.SupplierAgreementData.RaciData;
import org.sepakat.supplier.entity.SupplierAgreementData.RequirementData;

/**
 * Supplier agreements as the API reads and writes them: one shape each way, so a GET's body PUT back
 * changes nothing. Requirements, targets, obligations and RACI rows are the very records a write takes.
 */
public final class AgreementRepresentations {

    private AgreementRepresentations() {}

    @Schema(
            description = "A contract's commercial terms (SUP-2, SUP-10); spans as ISO-8601 periods (P1Y, P3M),"
                    + " the currency as its ISO 4217 code. Notice given and express renewals are recorded through"
                    + " …/notice and …/renewal")
    public record CommercialTermsDto(
            @Schema(required = true, example = "120000000") BigDecimal value,
            @Schema(required = true, example = "IDR") String currency,
            @Schema(required = true, example = "2026-01-01") LocalDate startsOn,
            @Schema(required = true, example = "P1Y") String initialTerm,
            @Schema(required = true) RenewalKind renewal,

            @Schema(description = "Required for a TACIT or EXPRESS renewal, absent for NONE", example = "P1Y")
            String renewalPeriod,

            @Schema(description = "None: no notice needed", example = "P3M")
            String noticePeriod,

            @Schema(readOnly = true, description = "The day notice was given (tacit renewal)")
            LocalDate noticeGivenOn,

            @Schema(readOnly = true, description = "Express renewals recorded")
            Integer expressRenewals) {
        static CommercialTermsDto of(CommercialTerms t) {
            return t == null
                    ? null
                    : new CommercialTermsDto(
                            t.getValue(),
                            t.getCurrency().getCurrencyCode(),
                            t.getStarts(),
                            t.getInitialTerm().toString(),
                            t.getRenewal(),
                            t.getRenewalPeriod() == null
                                    ? null
                                    : t.getRenewalPeriod().toString(),
                            t.getNoticePeriod().isZero()
                                    ? null
                                    : t.getNoticePeriod().toString(),
                            t.getNoticeGivenOn(),
                            t.getExpressRenewals());
        }

        CommercialTermsData data() {
            return new CommercialTermsData(
                    value, currency, startsOn, initialTerm, renewal, renewalPeriod, noticePeriod);
        }
    }

    @Schema(
            description = "SUP-10: the contract's dates today in the agreement's zone, computed from its commercial"
                    + " terms")
    public record ContractDatesDto(
            @Schema(readOnly = true) LocalDate asOf,

            @Schema(readOnly = true, description = "0: the initial term, n: the n-th renewal")
            Integer currentTerm,

            @Schema(readOnly = true) LocalDate currentTermStarts,
            @Schema(readOnly = true) LocalDate currentTermEnds,

            @Schema(
                    readOnly = true,
                    description = "The last day to give notice (or to renew expressly); none: none due")
            LocalDate noticeDeadline,

            @Schema(readOnly = true, description = "The day the contract ends if notice is given by the deadline")
            LocalDate noticeEndsContractOn,

            @Schema(readOnly = true, description = "The day it ends; none when it renews itself")
            LocalDate expiry,

            @Schema(readOnly = true) Boolean renewsItself) {
        static ContractDatesDto of(ContractDates d) {
            return new ContractDatesDto(
                    d.asOf(),
                    d.currentTerm().number(),
                    d.currentTerm().starts(),
                    d.currentTerm().ends(),
                    d.nextNotice() == null ? null : d.nextNotice().lastDay(),
                    d.nextNotice() == null ? null : d.nextNotice().endsContractOn(),
                    d.expiry(),
                    d.renewsItself());
        }
    }

    @Schema(
            description = "A supplier agreement (SUP-2..6, OLA-1): an underpinning contract (external supplier) or an"
                    + " operational level agreement, as one document written in the shape it is read; status,"
                    + " approvals and dates change only through the lifecycle operations")
    public record SupplierAgreementDto(
            @Schema(readOnly = true) Long id,

            @Schema(description = "The version read; required on PUT")
            Long version,

            @Schema(required = true, example = "UC-HOST-2026")
            String reference,

            @Schema(required = true, example = "ERP hosting 2026")
            String title,

            @Schema(required = true, description = "The supplier; it stays with the agreement", example = "4")
            Long supplierId,

            @Schema(readOnly = true) String supplierCode,
            @Schema(readOnly = true) String supplierName,

            @Schema(readOnly = true, description = "Follows the supplier's kind")
            AgreementKind kind,

            @Schema(required = true, example = "Asia/Jakarta")
            String timeZone,

            @Schema(readOnly = true) AgreementStatus status,
            @Schema(readOnly = true) Integer agreedVersion,
            @Schema(readOnly = true) String providerApprover,
            @Schema(readOnly = true) String supplierApprover,
            @Schema(readOnly = true) Instant agreedAt,

            @Schema(description = "Days before a notice deadline the contract manager is reminded (default 90)")
            Integer noticeReminderDays,

            @Schema(description = "Days before the expiry the contract manager is reminded (default 30)")
            Integer expiryReminderDays,

            @Schema(description = "SUP-3: ids of the catalogue's services in scope")
            List<Long> serviceIds,

            @Schema(description = "SUP-3: named parts of a service, e.g. ERP database hosting")
            List<String> components,

            @Schema(description = "SUP-3: SMS processes the supplier operates")
            List<SmsProcess> processes,

            List<RequirementData> requirements,
            List<TargetData> targets,
            List<ObligationData> obligations,
            List<RaciData> raci,

            @Schema(description = "Only for a contract; none for an OLA")
            CommercialTermsDto commercialTerms,

            @Schema(readOnly = true, description = "None without commercial terms")
            ContractDatesDto dates,

            @Schema(readOnly = true, description = "Requirement ids still missing before both sides can sign")
            List<String> missingForAgreement,

            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true) String createdBy,
            @Schema(readOnly = true) Instant changedAt,
            @Schema(readOnly = true) String changedBy) {
        public static SupplierAgreementDto of(SupplierAgreement a, Optional<ContractDates> dates) {
            return new SupplierAgreementDto(
                    a.getId(),
                    a.getVersion(),
                    a.getReference(),
                    a.getTitle(),
                    a.getSupplier().getId(),
                    a.getSupplier().getCode(),
                    a.getSupplier().getName(),
                    a.getKind(),
                    a.getTimeZone(),
                    a.getStatus(),
                    a.getAgreedVersion(),
                    a.getProviderApprover(),
                    a.getSupplierApprover(),
                    a.getAgreedAt(),
                    a.getNoticeReminderDays(),
                    a.getExpiryReminderDays(),
                    a.getServiceIds().stream().sorted().toList(),
                    a.getComponents(),
                    a.processesInOrder(),
                    a.getRequirements().stream()
                            .map(r -> new RequirementData(r.getText(), r.getSlaReference()))
                            .toList(),
                    a.getTargets().stream().map(SlaRepresentations::target).toList(),
                    a.getObligations().stream()
                            .map(o -> new ObligationData(o.getKind(), o.getText(), o.getFrequency(), o.getEvidence()))
                            .toList(),
                    a.getRaci().stream()
                            .map(r -> new RaciData(
                                    r.getName(), r.letters(RaciParty.PROVIDER), r.letters(RaciParty.SUPPLIER)))
                            .toList(),
                    CommercialTermsDto.of(a.getCommercialTerms()),
                    dates.map(ContractDatesDto::of).orElse(null),
                    a.missingForAgreement(),
                    a.getCreatedAt(),
                    a.getCreatedBy(),
                    a.getChangedAt(),
                    a.getChangedBy());
        }

        SupplierAgreementData data() {
            return new SupplierAgreementData(
                    reference,
                    title,
                    supplierId,
                    timeZone,
                    noticeReminderDays,
                    expiryReminderDays,
                    serviceIds,
                    components,
                    processes,
                    requirements,
                    targets,
                    obligations,
                    raci,
                    commercialTerms == null ? null : commercialTerms.data(),
                    version);
        }
    }

    @Schema(
            description = "Both sides sign (SUP-2): a member of staff for the provider, one of the supplier's contacts"
                    + " for the supplier, the version read, and the month the agreed version takes effect")
    public record SigningDto(
            @Schema(required = true, example = "3") Long providerStaffId,
            @Schema(required = true, example = "17") Long supplierContactId,

            @Schema(description = "The version read (or ?version= or If-Match)", example = "4")
            Long version,

            @Schema(
                    description = "The first month the agreed version is in force, yyyy-MM. None: the month after the"
                            + " signing. Not before the month the previous version takes effect.",
                    pattern = "^[0-9]{4}-[0-9]{2}$",
                    example = "2026-07")
            String effectiveFrom) {

        SigningData data(Long expectedVersion) {
            YearMonth month;
            try {
                month = effectiveFrom == null || effectiveFrom.isBlank() ? null : YearMonth.parse(effectiveFrom.trim());
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("effectiveFrom", "error.sla.effectiveFrom.format", effectiveFrom);
            }
            return new SigningData(providerStaffId, supplierContactId, month, expectedVersion);
        }
    }

    @Schema(description = "SUP-10: notice given on a day (a tacitly renewing contract), and the version read")
    public record NoticeDto(
            @Schema(required = true, example = "2026-09-15") LocalDate givenOn,

            @Schema(description = "The version read (or ?version= or If-Match)", example = "4")
            Long version) {}

    @Schema(description = "An agreed version: its lines as signed; a line left empty is not listed")
    public record AgreedVersionDto(
            int number,
            String providerApprover,
            String supplierApprover,
            Instant agreedAt,

            @Schema(description = "The first month this version is in force (yyyy-MM)", example = "2026-07")
            String effectiveFrom,

            Map<String, String> content) {
        static AgreedVersionDto of(SupplierAgreedVersion v) {
            Map<String, String> content = new LinkedHashMap<>();
            v.content().forEach((line, text) -> {
                if (text != null) {
                    content.put(line, text);
                }
            });
            return new AgreedVersionDto(
                    v.getNumber(),
                    v.getProviderApprover(),
                    v.getSupplierApprover(),
                    v.getAgreedAt(),
                    v.getEffectiveMonth().toString(),
                    content);
        }
    }
}
