package org.sepakat.web.servicelevel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.ExceptionsData;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.SlaData;
import org.sepakat.web.shared.TargetRow;

/**
 * The whole agreement as the editor holds it between requests: mutable header fields and rows,
 * turned into one {@link SlaData} when the author saves (SLM-2..5).
 */
public class SlaDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT_ZONE = "Asia/Jakarta";

    private String reference;
    private String title;
    private Long customerId;
    private List<Long> serviceIds = new ArrayList<>();
    private String requirements;
    private LocalDate validFrom;
    private LocalDate validTo;
    private ReviewCadence reviewCadence = ReviewCadence.QUARTERLY;
    private String timeZone = DEFAULT_ZONE;
    private final List<TargetRow> targets = new ArrayList<>();
    private final List<LimitRow> limits = new ArrayList<>();
    private final List<WindowRow> windows = new ArrayList<>();
    private String excludedCategories;
    private String forceMajeure;
    private boolean exceptionsStated;

    static SlaDraft of(ServiceLevelAgreement sla) {
        SlaDraft draft = new SlaDraft();
        draft.reference = sla.getReference();
        draft.title = sla.getTitle();
        draft.customerId = sla.getCustomerId();
        draft.serviceIds = new ArrayList<>(
                sla.getServices().stream().map(CoveredService::getServiceId).toList());
        draft.requirements = sla.getRequirements();
        draft.validFrom = sla.getValidFrom();
        draft.validTo = sla.getValidTo();
        draft.reviewCadence = sla.getReviewCadence();
        draft.timeZone = sla.getTimeZone();
        sla.getTargets().stream().map(TargetRow::of).forEach(draft.targets::add);
        sla.getLimits().stream().map(LimitRow::of).forEach(draft.limits::add);
        sla.getWindows().stream().map(WindowRow::of).forEach(draft.windows::add);
        draft.excludedCategories = String.join("\n", sla.getExcludedCategories());
        draft.forceMajeure = sla.getForceMajeure();
        draft.exceptionsStated = sla.isExceptionsStated();
        return draft;
    }

    SlaData toData(Long version) {
        ExceptionsData exceptions = new ExceptionsData(
                windows.stream().map(WindowRow::toData).toList(), categories(), forceMajeure, exceptionsStated);
        return new SlaData(
                reference,
                title,
                customerId,
                serviceIds,
                requirements,
                validFrom,
                validTo,
                reviewCadence,
                timeZone,
                targets.stream().map(TargetRow::toData).toList(),
                limits.stream().map(LimitRow::toData).toList(),
                exceptions,
                version);
    }

    /** One excluded ticket category per line of the text area. */
    private List<String> categories() {
        if (excludedCategories == null) {
            return List.of();
        }
        return Arrays.stream(excludedCategories.split("\\R"))
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public List<LimitRow> getLimits() {
        return limits;
    }

    public List<WindowRow> getWindows() {
        return windows;
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

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds == null ? new ArrayList<>() : new ArrayList<>(serviceIds);
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public ReviewCadence getReviewCadence() {
        return reviewCadence;
    }

    public void setReviewCadence(ReviewCadence reviewCadence) {
        this.reviewCadence = reviewCadence;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getExcludedCategories() {
        return excludedCategories;
    }

    public void setExcludedCategories(String excludedCategories) {
        this.excludedCategories = excludedCategories;
    }

    public String getForceMajeure() {
        return forceMajeure;
    }

    public void setForceMajeure(String forceMajeure) {
        this.forceMajeure = forceMajeure;
    }

    public boolean isExceptionsStated() {
        return exceptionsStated;
    }

    public void setExceptionsStated(boolean exceptionsStated) {
        this.exceptionsStated = exceptionsStated;
    }
}
