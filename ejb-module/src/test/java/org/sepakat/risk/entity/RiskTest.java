package org.sepakat.risk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.RuleViolation;

/** SUP-7: a risk's lifecycle and the rules of its treatment, without a container. */
class RiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String KEY = "sla:7/target:12/agreement:3/target:5/TIME";

    private static RiskFinding finding(String text) {
        return new RiskFinding(
                KEY,
                "P1 response not underpinned",
                text,
                "slaman",
                4L,
                7L,
                "SLA-FIN-2026",
                "Response P1",
                3L,
                "UC-HOST-2026",
                "Response P1");
    }

    private static Risk risk() {
        return new Risk(finding("supplier 8 business hours + 1 h internal > 4 h"), "slaman");
    }

    private static TreatmentData treatment(RiskTreatment treatment, String plan, LocalDate reviewOn, String reason) {
        return new TreatmentData(RiskLevel.HIGH, RiskLevel.LOW, treatment, plan, reviewOn, reason, 0L);
    }

    private static String field(Throwable refusal) {
        return ((InvalidInput) refusal)
                .problems().stream().map(FieldProblem::field).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("A risk opens with medium likelihood and impact, untreated, holding its key as the open key")
    void opensOpen() {
        Risk risk = risk();
        assertThat(risk.getStatus()).isEqualTo(RiskStatus.OPEN);
        assertThat(risk.getLikelihood()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(risk.getImpact()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(risk.getTreatment()).isNull();
        assertThat(risk.auditState()).containsEntry("sourceKey", KEY).containsEntry("status", "OPEN");
        assertThat(Risk.numberFor(123)).isEqualTo("RSK-000123");
    }

    @Test
    @DisplayName("Accepting a risk without a reason is refused, naming the field acceptanceReason")
    void acceptNeedsReason() {
        Risk risk = risk();
        assertThatThrownBy(() -> risk.treat(treatment(RiskTreatment.ACCEPT, null, null, "  "), TODAY))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("acceptanceReason"));
        assertThat(risk.getStatus()).isEqualTo(RiskStatus.OPEN);

        risk.treat(treatment(RiskTreatment.ACCEPT, null, null, "Night hours carry no P1 traffic"), TODAY);
        assertThat(risk.getStatus()).isEqualTo(RiskStatus.TREATED);
        assertThat(risk.getAcceptanceReason()).isEqualTo("Night hours carry no P1 traffic");
        assertThat(risk.getLikelihood()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.getImpact()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    @DisplayName("Mitigating, transferring or avoiding needs a plan and a review date that is not in the past")
    void otherTreatmentsNeedPlanAndReviewDate() {
        for (RiskTreatment each :
                new RiskTreatment[] {RiskTreatment.MITIGATE, RiskTreatment.TRANSFER, RiskTreatment.AVOID}) {
            Risk risk = risk();
            assertThatThrownBy(() -> risk.treat(treatment(each, "", TODAY, null), TODAY))
                    .satisfies(e -> assertThat(field(e)).isEqualTo("plan"));
            assertThatThrownBy(() -> risk.treat(treatment(each, "Renegotiate", null, null), TODAY))
                    .satisfies(e -> assertThat(field(e)).isEqualTo("reviewOn"));
            assertThatThrownBy(() -> risk.treat(treatment(each, "Renegotiate", TODAY.minusDays(1), null), TODAY))
                    .satisfies(e -> assertThat(field(e)).isEqualTo("reviewOn"));
            risk.treat(treatment(each, "Renegotiate", TODAY, "ignored"), TODAY);
            assertThat(risk.getTreatment()).isEqualTo(each);
            assertThat(risk.getReviewOn()).isEqualTo(TODAY);
            assertThat(risk.getAcceptanceReason())
                    .as("a reason belongs to acceptance only")
                    .isNull();
        }
    }

    @Test
    @DisplayName("An untreated risk still misaligned cannot be closed; a treated one closes with evidence only")
    void closingRules() {
        Risk risk = risk();
        assertThatThrownBy(() -> risk.close("done")).isInstanceOf(RuleViolation.class);
        risk.treat(treatment(RiskTreatment.MITIGATE, "Add 24x7 cover", TODAY.plusDays(30), null), TODAY);
        assertThatThrownBy(() -> risk.close(" "))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("evidence"));
        risk.close("Contract amended: 24x7 cover from January");
        assertThat(risk.getStatus()).isEqualTo(RiskStatus.CLOSED);
        assertThat(risk.auditState()).containsEntry("closureEvidence", "Contract amended: 24x7 cover from January");
    }

    @Test
    @DisplayName("A closed risk is read-only: no treatment, no new finding, no second closing")
    void closedIsReadOnly() {
        Risk risk = risk();
        risk.foundAligned(Instant.parse("2026-12-01T00:00:00Z"), "Aligned: 2 h + 1 h <= 4 h");
        risk.close("Aligned again");
        assertThatThrownBy(() -> risk.treat(treatment(RiskTreatment.ACCEPT, null, null, "why"), TODAY))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> risk.foundAgain(finding("again"))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> risk.close("again")).isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName(
            "Found aligned keeps the first time and evidence; found again clears them and takes the latest finding")
    void alignedThenMisalignedAgain() {
        Risk risk = risk();
        Instant first = Instant.parse("2026-12-01T00:00:00Z");
        risk.foundAligned(first, "Aligned: 2 h + 1 h <= 4 h");
        risk.foundAligned(first.plusSeconds(3600), "later");
        assertThat(risk.getAlignedSince()).isEqualTo(first);
        assertThat(risk.getAlignedEvidence()).isEqualTo("Aligned: 2 h + 1 h <= 4 h");

        risk.foundAgain(finding("supplier 6 business hours + 1 h internal > 4 h"));
        assertThat(risk.isAligned()).isFalse();
        assertThat(risk.getAlignedEvidence()).isNull();
        assertThat(risk.getFinding()).isEqualTo("supplier 6 business hours + 1 h internal > 4 h");
    }
}
