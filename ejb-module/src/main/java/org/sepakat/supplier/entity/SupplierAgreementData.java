package org.sepakat.supplier.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.sepakat.shared.entity.TargetData;

/**
 * The whole supplier agreement as its author saves it, heading and content together, so a draft
 * can be saved at any point (like an SLA). {@code commercialTerms} only for a contract (null for an
 * OLA); reminder days null: the defaults (90 before a notice deadline, 30 before expiry).
 * {@code version} is the record version read (null when creating).
 */
public record SupplierAgreementData(
        @NotBlank(message = "{sepakat.reference.required}")
        @Size(max = 40, message = "{sepakat.reference.size}")
        @Pattern(regexp = "^([A-Za-z0-9][A-Za-z0-9_./-]*)?$", message = "{sepakat.reference.pattern}")
        String reference,

        @NotBlank(message = "{sepakat.title.required}") @Size(max = 200, message = "{sepakat.title.size}")
        String title,

        @NotNull(message = "{sepakat.supplier.required}") Long supplierId,
        @NotBlank(message = "{sepakat.timeZone.required}") String timeZone,
        Integer noticeReminderDays,
        Integer expiryReminderDays,
        List<@NotNull Long> serviceIds,
        List<
                        @NotBlank(message = "{sepakat.component.required}")
                        @Size(max = 200, message = "{sepakat.name.size}") String>
                components,
        List<@NotNull SmsProcess> processes,
        List<@Valid @NotNull RequirementData> requirements,
        List<@Valid @NotNull TargetData> targets,
        List<@Valid @NotNull ObligationData> obligations,
        List<@Valid @NotNull RaciData> raci,
        @Valid CommercialTermsData commercialTerms,
        Long version) {

    public SupplierAgreementData {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        components = components == null ? List.of() : List.copyOf(components);
        processes = processes == null ? List.of() : List.copyOf(processes);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        targets = targets == null ? List.of() : List.copyOf(targets);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        raci = raci == null ? List.of() : List.copyOf(raci);
    }

    /** A requirement the supplier must meet (SUP-4), traced to an SLA by its reference where one applies. */
    public record RequirementData(
            @NotBlank(message = "{sepakat.requirement.required}")
            @Size(max = 1000, message = "{sepakat.requirement.size}")
            String text,

            @Size(max = 40, message = "{sepakat.reference.size}")
            String slaReference) {

        public AgreementRequirement toRequirement() {
            return new AgreementRequirement(text, slaReference);
        }
    }

    /** An obligation, commitment or activity (SUP-5, OLA-1). */
    public record ObligationData(
            @NotNull(message = "{sepakat.obligationKind.required}")
            ObligationKind kind,

            @NotBlank(message = "{sepakat.obligation.required}")
            @Size(max = 1000, message = "{sepakat.obligation.size}")
            String text,

            @Size(max = 100, message = "{sepakat.frequency.size}")
            String frequency,

            @Size(max = 500, message = "{sepakat.evidence.size}")
            String evidence) {

        public Obligation toObligation() {
            return new Obligation(kind, text, frequency, evidence);
        }
    }

    /** A RACI row: the activity and each party's letters, e.g. "A" and "R" (SUP-6). */
    public record RaciData(
            @NotBlank(message = "{sepakat.activity.required}") @Size(max = 200, message = "{sepakat.name.size}")
            String activity,

            @Pattern(regexp = "^[RACIraci]{0,4}$", message = "{sepakat.raci.pattern}")
            String provider,

            @Pattern(regexp = "^[RACIraci]{0,4}$", message = "{sepakat.raci.pattern}")
            String supplier) {

        public RaciActivity toActivity() {
            return RaciActivity.of(activity.trim(), provider == null ? "" : provider, supplier == null ? "" : supplier);
        }
    }

    /**
     * A contract's commercial terms (SUP-2): the spans as ISO-8601 periods ("P1Y", "P3M"), the
     * currency as its ISO 4217 code.
     */
    public record CommercialTermsData(
            java.math.BigDecimal value,

            @Pattern(regexp = "^([A-Z]{3})?$", message = "{sepakat.currency.pattern}")
            String currency,

            @NotNull(message = "{sepakat.startsOn.required}")
            java.time.LocalDate startsOn,

            @NotBlank(message = "{sepakat.initialTerm.required}")
            String initialTerm,

            @NotNull(message = "{sepakat.renewal.required}") RenewalKind renewal,
            String renewalPeriod,
            String noticePeriod) {}
}
