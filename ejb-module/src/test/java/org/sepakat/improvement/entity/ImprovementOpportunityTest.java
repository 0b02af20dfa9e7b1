package org.sepakat.improvement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;

/** the life of an improvement opportunity, open to done or rejected, never back. */
class ImprovementOpportunityTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

    private static ImprovementOpportunity opportunity() {
        return new ImprovementOpportunity(
                ImprovementSource.of(
                        SourceKind.MISSED_TARGET, "SLA-FIN-2026 / 2026-10", "ServiceLevelAgreement", 1051L),
                "Faster first response",
                "Response target missed twice",
                "slaman",
                DUE,
                ImprovementPriority.HIGH);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("X-3"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo(key));
    }

    @Test
    @DisplayName("X-3: a new opportunity is open, and goes through in progress to done with its outcome")
    void openThenInProgressThenDone() {
        ImprovementOpportunity opportunity = opportunity();
        assertThat(opportunity.getStatus()).isEqualTo(ImprovementStatus.OPEN);

        opportunity.start();
        assertThat(opportunity.getStatus()).isEqualTo(ImprovementStatus.IN_PROGRESS);

        opportunity.complete("  Second-line rota added  ");
        assertThat(opportunity.getStatus()).isEqualTo(ImprovementStatus.DONE);
        assertThat(opportunity.getOutcome()).isEqualTo("Second-line rota added");
        assertThat(opportunity.auditState())
                .containsEntry("status", "DONE")
                .containsEntry("outcome", "Second-line rota added");
    }

    @Test
    @DisplayName("X-3: an opportunity can be rejected while open or in progress, with a reason")
    void rejectedWithAReason() {
        ImprovementOpportunity open = opportunity();
        open.reject("Covered by the new contract");
        assertThat(open.getStatus()).isEqualTo(ImprovementStatus.REJECTED);
        assertThat(open.getRejectionReason()).isEqualTo("Covered by the new contract");

        ImprovementOpportunity started = opportunity();
        started.start();
        started.reject("Supplier left");
        assertThat(started.getStatus()).isEqualTo(ImprovementStatus.REJECTED);
    }

    @Test
    @DisplayName("X-3: work that was not started cannot be done, and a start happens once")
    void illegalTransitionsAreRefused() {
        ImprovementOpportunity opportunity = opportunity();
        assertRefused(() -> opportunity.complete("done"), "error.improvement.transition");
        opportunity.start();
        assertRefused(opportunity::start, "error.improvement.transition");
        assertThat(opportunity.getStatus()).isEqualTo(ImprovementStatus.IN_PROGRESS);
    }

    @Test
    @DisplayName("X-3: a closed opportunity is final: no reopening, no second closing, no edits")
    void closedIsFinal() {
        ImprovementOpportunity done = opportunity();
        done.start();
        done.complete("Rota added");
        assertRefused(done::start, "error.improvement.transition");
        assertRefused(() -> done.reject("late"), "error.improvement.transition");
        assertRefused(() -> done.complete("again"), "error.improvement.transition");
        assertRefused(() -> done.describe("New", "New", ImprovementPriority.LOW), "error.improvement.closed");
        assertRefused(() -> done.assign("relman", DUE), "error.improvement.closed");

        ImprovementOpportunity rejected = opportunity();
        rejected.reject("Not needed");
        assertRefused(rejected::start, "error.improvement.transition");
    }

    @Test
    @DisplayName("X-3: done needs an outcome and rejected needs a reason")
    void closingNeedsText() {
        ImprovementOpportunity opportunity = opportunity();
        assertRefused(() -> opportunity.reject(" "), "error.improvement.reasonRequired");
        opportunity.start();
        assertRefused(() -> opportunity.complete(null), "error.improvement.outcomeRequired");
        assertThat(opportunity.getStatus()).isEqualTo(ImprovementStatus.IN_PROGRESS);
    }

    @Test
    @DisplayName("Overdue means due before today and not closed")
    void overdue() {
        ImprovementOpportunity opportunity = opportunity();
        assertThat(opportunity.isOverdue(DUE)).isFalse();
        assertThat(opportunity.isOverdue(DUE.plusDays(1))).isTrue();
        opportunity.reject("No longer relevant");
        assertThat(opportunity.isOverdue(DUE.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("SLM-8, BRM-9: a process source names what raised it; a linked record has type and id")
    void sourcesNameWhatRaisedThem() {
        assertThat(ImprovementSource.manual(" ").getReference()).isNull();
        assertThatThrownBy(() -> ImprovementSource.of(SourceKind.LOW_SATISFACTION, " ", null, null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e ->
                        assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("sourceReference"));
        assertThatThrownBy(() -> ImprovementSource.of(SourceKind.COMPLAINT, "CMP-7", null, 7L))
                .isInstanceOf(InvalidInput.class);
        assertThat(opportunity().auditState())
                .containsEntry("sourceKind", "MISSED_TARGET")
                .containsEntry("sourceRecord", "ServiceLevelAgreement #1051");
    }

    @Test
    @DisplayName("The number is the business key, derived from the generated id")
    void numberFromId() {
        assertThat(ImprovementOpportunity.numberFor(123)).isEqualTo("IMP-000123");
        assertThat(opportunity()).isNotEqualTo(opportunity());
    }

    @Test
    @DisplayName("X-3: a person records any kind of source with a reference, but only a process links it to its record")
    void onlyProcessesLinkRecords() {
        assertThat(ImprovementSource.enteredByHand(SourceKind.SUPPLIER_SHORTFALL, "PT Kirim / Q3", null, null)
                        .getKind())
                .isEqualTo(SourceKind.SUPPLIER_SHORTFALL);
        assertThatThrownBy(() -> ImprovementSource.enteredByHand(
                        SourceKind.MISSED_TARGET, "SLA-FIN / 2026-10", "PeriodReport", 7L))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(p -> p.field())
                        .containsExactly("sourceRecordType", "sourceRecordId"));

        ImprovementOpportunity raised = ImprovementOpportunity.raised(
                ImprovementSource.of(SourceKind.MISSED_TARGET, "SLA-FIN / 2026-10", "PeriodReport", 7L),
                "Target missed",
                "P1 resolution 50 %",
                "slaman",
                DUE,
                42L);
        assertThat(raised.isProcessRaised()).isTrue();
        assertThat(raised.getCustomerId()).isEqualTo(42L);
        assertThat(opportunity().isProcessRaised()).isFalse();
    }
}
