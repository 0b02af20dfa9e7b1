package org.sepakat.architecture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entity types a component publishes beside its boundary. Keep it short: a type belongs here
 * only if a boundary hands it out or takes it in. What several components share as a model (the
 * measurable agreement of {@code shared.terms}) is a kernel package instead ({@link ComponentRules#KERNEL}),
 * and no component reaches into another's entities by exception any more.
 */
final class PublishedTypes {

    private static final String EVERY_COMPONENT = "*";

    /** One allowed use: {@code type} (top-level class name) by {@code consumer}, or by every component. */
    private record Allowance(String consumer, String type) {}

    static final PublishedTypes ALLOWED = new PublishedTypes(List.of())
            // the shared kernel's value types: paging, business refusals, roles, audit base and events
            .toEvery(
                    "org.sepakat.shared.entity.",
                    "AgreedDocumentVersion",
                    "AgreementTarget",
                    "AuditedEntity",
                    "BusinessException",
                    "Changes",
                    "ConcurrentEdit",
                    "DatabaseReady",
                    "EpochSecondsConverter",
                    "FieldProblem",
                    "FieldProblems",
                    "FileRefused",
                    "InvalidInput",
                    "Page",
                    "PageRequest",
                    "RecordNotFound",
                    "Roles",
                    "RuleViolation",
                    "TargetData")
            // what a period is (issue 10 §5): one calendar month, for reports, runs, KPI values, schedules and
            // job parameters, with the converter of the columns that store it as text (the DATE one applies itself)
            .toEvery("org.sepakat.shared.entity.", "Period", "PeriodTextConverter")
            // a line of a user's start page, which each component's boundary offers (issue 12 §2)
            .toEvery("org.sepakat.shared.entity.", "WorkItem")
            // what party's boundaries hand out: the customer scope, staff, customers, contacts and
            // services, the event that the demo parties are loaded
            .toEvery(
                    "org.sepakat.party.entity.",
                    "VisibleCustomers",
                    "Staff",
                    "Customer",
                    "Contact",
                    "Service",
                    "DemoPartiesLoaded")
            // what the improvement register takes in and hands out (ReportFollowUp raises improvements)
            .toEvery(
                    "org.sepakat.improvement.entity.",
                    "ImprovementOpportunity",
                    "ImprovementRequest",
                    "ImprovementSource",
                    "SourceKind")
            // what the risk register takes in and hands out (the alignment check raises and reconciles risks)
            .toEvery("org.sepakat.risk.entity.", "Risk", "RiskFinding")
            // what the notification boundary takes in
            .toEvery("org.sepakat.notification.entity.", "Notice", "NotificationKind", "NotificationText")
            .toEvery("org.sepakat.servicelevel.entity.", "DemoAgreementsLoaded")
            // the demo's service data is stored: measurement reviews its months at first start
            .to("measurement", "org.sepakat.servicedata.entity.", "DemoServiceDataLoaded")
            // what servicedata's version history hands out as evidence for a report's reproduction
            .to("measurement", "org.sepakat.servicedata.entity.", "RecordScope", "Delivery", "RecordKind", "Channel");

    private final List<Allowance> allowances;

    private PublishedTypes(List<Allowance> allowances) {
        this.allowances = allowances;
    }

    /** Types every component may use; for the fixtures. */
    static PublishedTypes of(String... types) {
        return new PublishedTypes(
                Arrays.stream(types).map(t -> new Allowance(EVERY_COMPONENT, t)).toList());
    }

    boolean allows(String consumer, String type) {
        return allowances.stream()
                .anyMatch(a -> a.type().equals(type)
                        && (a.consumer().equals(EVERY_COMPONENT) || a.consumer().equals(consumer)));
    }

    Set<String> types() {
        return allowances.stream().map(Allowance::type).collect(Collectors.toSet());
    }

    private PublishedTypes toEvery(String pkg, String... names) {
        return to(EVERY_COMPONENT, pkg, names);
    }

    private PublishedTypes to(String consumer, String pkg, String... names) {
        List<Allowance> more = new ArrayList<>(allowances);
        Arrays.stream(names).forEach(n -> more.add(new Allowance(consumer, pkg + n)));
        return new PublishedTypes(List.copyOf(more));
    }
}
