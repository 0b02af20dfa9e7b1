package org.sepakat.web.supplier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.supplier.entity.AgreementKind;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.RenewalKind;
import org.sepakat.supplier.entity.SmsProcess;
import org.sepakat.supplier.entity.SupplierAgreement;
import org.sepakat.supplier.entity.SupplierAgreementData;
import org.sepakat.supplier.entity.SupplierAgreementData.CommercialTermsData;
import org.sepakat.web.shared.TargetRow;
import org.sepakat.web.supplier.AgreementRows.ComponentRow;
import org.sepakat.web.supplier.AgreementRows.ObligationRow;
import org.sepakat.web.supplier.AgreementRows.RaciRow;
import org.sepakat.web.supplier.AgreementRows.RequirementRow;

/**
 * The whole supplier agreement as its editor holds it between requests, turned into one
 * {@link SupplierAgreementData} when the author saves (SUP-2..6, OLA-1). The contract's spans are
 * held as a count and a unit and saved as ISO-8601 periods.
 */
public class SupplierAgreementDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT_ZONE = "Asia/Jakarta";

    private String reference;
    private String title;
    private Long supplierId;
    private String timeZone = DEFAULT_ZONE;
    private Integer noticeReminderDays = SupplierAgreement.DEFAULT_NOTICE_REMINDER_DAYS;
    private Integer expiryReminderDays = SupplierAgreement.DEFAULT_EXPIRY_REMINDER_DAYS;
    private List<Long> serviceIds = new ArrayList<>();
    /** The processes' names: a list of enum constants would reach the bean as text from the check boxes. */
    private List<String> processes = new ArrayList<>();

    private final List<ComponentRow> components = new ArrayList<>();
    private final List<RequirementRow> requirements = new ArrayList<>();
    private final List<TargetRow> targets = new ArrayList<>();
    private final List<ObligationRow> obligations = new ArrayList<>();
    private final List<RaciRow> raci = new ArrayList<>();
    private BigDecimal value;
    private String currency = "IDR";
    private LocalDate startsOn;
    private Integer initialTerm;
    private SpanUnit initialTermUnit = SpanUnit.YEARS;
    private RenewalKind renewal = RenewalKind.TACIT;
    private Integer renewalPeriod;
    private SpanUnit renewalPeriodUnit = SpanUnit.YEARS;
    private Integer noticePeriod;
    private SpanUnit noticePeriodUnit = SpanUnit.MONTHS;

    static SupplierAgreementDraft of(SupplierAgreement agreement) {
        SupplierAgreementDraft draft = new SupplierAgreementDraft();
        draft.reference = agreement.getReference();
        draft.title = agreement.getTitle();
        draft.supplierId = agreement.getSupplier().getId();
        draft.timeZone = agreement.getTimeZone();
        draft.noticeReminderDays = agreement.getNoticeReminderDays();
        draft.expiryReminderDays = agreement.getExpiryReminderDays();
        draft.serviceIds = new ArrayList<>(agreement.getServiceIds());
        draft.processes = new ArrayList<>(
                agreement.processesInOrder().stream().map(SmsProcess::name).toList());
        agreement.getComponents().stream().map(ComponentRow::of).forEach(draft.components::add);
        agreement.getRequirements().stream().map(RequirementRow::of).forEach(draft.requirements::add);
        agreement.getTargets().stream().map(TargetRow::of).forEach(draft.targets::add);
        agreement.getObligations().stream().map(ObligationRow::of).forEach(draft.obligations::add);
        agreement.getRaci().stream().map(RaciRow::of).forEach(draft.raci::add);
        CommercialTerms terms = agreement.getCommercialTerms();
        if (terms != null) {
            draft.value = terms.getValue();
            draft.currency =
                    terms.getCurrency() == null ? null : terms.getCurrency().getCurrencyCode();
            draft.startsOn = terms.getStarts();
            draft.initialTerm = SpanUnit.count(terms.getInitialTerm());
            draft.initialTermUnit = SpanUnit.of(terms.getInitialTerm());
            draft.renewal = terms.getRenewal();
            draft.renewalPeriod = SpanUnit.count(terms.getRenewalPeriod());
            draft.renewalPeriodUnit = SpanUnit.of(terms.getRenewalPeriod());
            draft.noticePeriod = SpanUnit.count(terms.getNoticePeriod());
            draft.noticePeriodUnit = SpanUnit.of(terms.getNoticePeriod());
        }
        return draft;
    }

    SupplierAgreementData toData(AgreementKind kind, Long version) {
        return new SupplierAgreementData(
                reference,
                title,
                supplierId,
                timeZone,
                noticeReminderDays,
                expiryReminderDays,
                serviceIds,
                components.stream().map(ComponentRow::getName).toList(),
                processes.stream().map(SmsProcess::valueOf).toList(),
                requirements.stream().map(RequirementRow::toData).toList(),
                targets.stream().map(TargetRow::toData).toList(),
                obligations.stream().map(ObligationRow::toData).toList(),
                raci.stream().map(RaciRow::toData).toList(),
                kind == AgreementKind.UNDERPINNING_CONTRACT ? terms() : null,
                version);
    }

    /** A contract's terms as written; none while nothing of them is filled in, so a first draft can be saved. */
    private CommercialTermsData terms() {
        boolean blank = value == null
                && startsOn == null
                && initialTerm == null
                && renewalPeriod == null
                && noticePeriod == null;
        if (blank) {
            return null;
        }
        return new CommercialTermsData(
                value,
                currency == null || currency.isBlank() ? null : currency.trim(),
                startsOn,
                initialTermUnit.iso(initialTerm),
                renewal,
                renewal == RenewalKind.NONE ? null : renewalPeriodUnit.iso(renewalPeriod),
                noticePeriodUnit.iso(noticePeriod));
    }

    public List<ComponentRow> getComponents() {
        return components;
    }

    public List<RequirementRow> getRequirements() {
        return requirements;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public List<ObligationRow> getObligations() {
        return obligations;
    }

    public List<RaciRow> getRaci() {
        return raci;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getNoticeReminderDays() {
        return noticeReminderDays;
    }

    public void setNoticeReminderDays(Integer noticeReminderDays) {
        this.noticeReminderDays = noticeReminderDays;
    }

    public Integer getExpiryReminderDays() {
        return expiryReminderDays;
    }

    public void setExpiryReminderDays(Integer expiryReminderDays) {
        this.expiryReminderDays = expiryReminderDays;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds == null ? new ArrayList<>() : new ArrayList<>(serviceIds);
    }

    public List<String> getProcesses() {
        return processes;
    }

    public void setProcesses(List<String> processes) {
        this.processes = processes == null ? new ArrayList<>() : new ArrayList<>(processes);
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public Integer getInitialTerm() {
        return initialTerm;
    }

    public void setInitialTerm(Integer initialTerm) {
        this.initialTerm = initialTerm;
    }

    public SpanUnit getInitialTermUnit() {
        return initialTermUnit;
    }

    public void setInitialTermUnit(SpanUnit initialTermUnit) {
        this.initialTermUnit = initialTermUnit;
    }

    public RenewalKind getRenewal() {
        return renewal;
    }

    public void setRenewal(RenewalKind renewal) {
        this.renewal = renewal;
    }

    public Integer getRenewalPeriod() {
        return renewalPeriod;
    }

    public void setRenewalPeriod(Integer renewalPeriod) {
        this.renewalPeriod = renewalPeriod;
    }

    public SpanUnit getRenewalPeriodUnit() {
        return renewalPeriodUnit;
    }

    public void setRenewalPeriodUnit(SpanUnit renewalPeriodUnit) {
        this.renewalPeriodUnit = renewalPeriodUnit;
    }

    public Integer getNoticePeriod() {
        return noticePeriod;
    }

    public void setNoticePeriod(Integer noticePeriod) {
        this.noticePeriod = noticePeriod;
    }

    public SpanUnit getNoticePeriodUnit() {
        return noticePeriodUnit;
    }

    public void setNoticePeriodUnit(SpanUnit noticePeriodUnit) {
        this.noticePeriodUnit = noticePeriodUnit;
    }
}
