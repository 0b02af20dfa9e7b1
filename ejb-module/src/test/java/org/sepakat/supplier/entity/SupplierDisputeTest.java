package org.sepakat.supplier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;
import org.sepakat.supplier.entity.SupplierDispute.DisputeFacts;

/** SUP-12: a supplier dispute's lifecycle to closure, without a container. */
class SupplierDisputeTest {

    private static DisputeFacts facts(String subject, BigDecimal amount) {
        return new DisputeFacts(
                3L,
                "UC-HOST-2026",
                "Invoice INV-2026-044",
                subject,
                "Service credits for the October outage were not applied",
                amount,
                Currency.getInstance("IDR"));
    }

    private static SupplierDispute dispute() {
        Supplier supplier = new Supplier("HOST", "Hosting Co", SupplierKind.EXTERNAL_SUPPLIER, null);
        return new SupplierDispute(
                supplier, "supman", "contractman", facts("October credits", new BigDecimal("1500000.00")));
    }

    private static String field(Throwable refusal) {
        return ((InvalidInput) refusal)
                .problems().stream().map(FieldProblem::field).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("A dispute opens with its facts, raised by one user and owned by another, and is numbered DSP-")
    void opensOpen() {
        SupplierDispute dispute = dispute();
        assertThat(dispute.getStatus()).isEqualTo(DisputeStatus.OPEN);
        assertThat(dispute.getRaisedBy()).isEqualTo("supman");
        assertThat(dispute.getOwner()).isEqualTo("contractman");
        assertThat(dispute.getAmount()).isEqualByComparingTo("1500000");
        assertThat(dispute.auditState())
                .containsEntry("currency", "IDR")
                .containsEntry("agreementReference", "UC-HOST-2026")
                .containsEntry("status", "OPEN");
        assertThat(SupplierDispute.numberFor(123)).isEqualTo("DSP-000123");
    }

    @Test
    @DisplayName("SUP-12: open → under negotiation → escalated → resolved with an outcome → closed")
    void goesToClosure() {
        SupplierDispute dispute = dispute();
        dispute.negotiate();
        assertThat(dispute.getStatus()).isEqualTo(DisputeStatus.UNDER_NEGOTIATION);
        dispute.escalate();
        assertThat(dispute.getStatus()).isEqualTo(DisputeStatus.ESCALATED);
        dispute.resolve(DisputeOutcome.CREDIT, "Credit note CN-77 for the full amount");
        assertThat(dispute.getStatus()).isEqualTo(DisputeStatus.RESOLVED);
        assertThat(dispute.getOutcome()).isEqualTo(DisputeOutcome.CREDIT);
        assertThat(dispute.getResolution()).isEqualTo("Credit note CN-77 for the full amount");
        dispute.close();
        assertThat(dispute.isClosed()).isTrue();
    }

    @Test
    @DisplayName("An open dispute can be escalated without negotiating first, but negotiation cannot follow escalation")
    void escalatesFromOpen() {
        SupplierDispute dispute = dispute();
        dispute.escalate();
        assertThat(dispute.getStatus()).isEqualTo(DisputeStatus.ESCALATED);
        assertThatThrownBy(dispute::negotiate)
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("error.dispute.cannot.UNDER_NEGOTIATION");
        assertThat(dispute.getStatus()).isEqualTo(DisputeStatus.ESCALATED);
    }

    @Test
    @DisplayName("Resolving needs an outcome and a resolution text, naming the missing field")
    void outcomeRequired() {
        SupplierDispute dispute = dispute();
        assertThatThrownBy(() -> dispute.resolve(null, "agreed"))
                .satisfies(refusal -> assertThat(field(refusal)).isEqualTo("outcome"));
        assertThatThrownBy(() -> dispute.resolve(DisputeOutcome.SETTLEMENT, "  "))
                .satisfies(refusal -> assertThat(field(refusal)).isEqualTo("resolution"));
        assertThat(dispute.getStatus()).isEqualTo(DisputeStatus.OPEN);
        assertThat(dispute.getOutcome()).isNull();
    }

    @Test
    @DisplayName("Only a resolved dispute closes")
    void closesOnlyWhenResolved() {
        SupplierDispute dispute = dispute();
        dispute.negotiate();
        assertThatThrownBy(dispute::close)
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("error.dispute.cannot.CLOSED");
        assertThat(dispute.getStatus()).isEqualTo(DisputeStatus.UNDER_NEGOTIATION);
    }

    @Test
    @DisplayName("SUP-12: a closed dispute is final: no revision, resolution, escalation or second close")
    void closedIsFinal() {
        SupplierDispute dispute = dispute();
        dispute.resolve(DisputeOutcome.WITHDRAWN, "The supplier showed the credits were applied");
        dispute.close();
        assertThatThrownBy(() -> dispute.revise(facts("changed", BigDecimal.ONE), "supman"))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> dispute.resolve(DisputeOutcome.OTHER, "again")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(dispute::escalate).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(dispute::close).isInstanceOf(RuleViolation.class);
        assertThat(dispute.getSubject()).isEqualTo("October credits");
        assertThat(dispute.getOutcome()).isEqualTo(DisputeOutcome.WITHDRAWN);
    }

    @Test
    @DisplayName("A resolved dispute's facts can no longer change; an open one's can, but never to a negative amount")
    void revision() {
        SupplierDispute dispute = dispute();
        dispute.revise(facts("October and November credits", new BigDecimal("2000000")), "supman");
        assertThat(dispute.getSubject()).isEqualTo("October and November credits");
        assertThat(dispute.getOwner()).isEqualTo("supman");
        assertThatThrownBy(() -> dispute.revise(facts("x", new BigDecimal("-1")), "supman"))
                .satisfies(refusal -> assertThat(field(refusal)).isEqualTo("amount"));
        dispute.resolve(DisputeOutcome.SETTLEMENT, "Half paid");
        assertThatThrownBy(() -> dispute.revise(facts("y", BigDecimal.ONE), "supman"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("error.dispute.notOpen");
    }
}
