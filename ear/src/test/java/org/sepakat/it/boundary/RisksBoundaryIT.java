package org.sepakat.it.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.RunAs;
import org.sepakat.it.support.Unique;
import org.sepakat.risk.boundary.Risks;
import org.sepakat.risk.entity.ClosureData;
import org.sepakat.risk.entity.Risk;
import org.sepakat.risk.entity.RiskFinding;
import org.sepakat.risk.entity.RiskLevel;
import org.sepakat.risk.entity.RiskStatus;
import org.sepakat.risk.entity.RiskTreatment;
import org.sepakat.risk.entity.TreatmentData;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.entity.ConcurrentEdit;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RuleViolation;

/** The risk register (SUP-7) inside the server, on the configured database (Derby, then PostgreSQL). */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class RisksBoundaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(RisksBoundaryIT.class);
    }

    @Inject
    Risks risks;

    @Inject
    History history;

    @Inject
    RunAs runAs;

    @BeforeEach
    void signIn() throws Exception {
        runAs.user(DemoUsers.SLAMAN);
    }

    @AfterEach
    void signOut() throws Exception {
        runAs.nobody();
    }

    /** Keys of one checked SLA share its prefix, as the alignment check's do. */
    private static RiskFinding finding(String prefix, String target, String text) {
        return new RiskFinding(
                prefix + "/target:" + target,
                "Response " + target + " not underpinned",
                text,
                DemoUsers.SLAMAN,
                null,
                7L,
                "SLA-FIN-2026",
                "Response " + target,
                3L,
                "UC-HOST-2026",
                "Response " + target);
    }

    private static TreatmentData treatment(
            RiskTreatment treatment, String plan, LocalDate reviewOn, String reason, long version) {
        return new TreatmentData(RiskLevel.HIGH, RiskLevel.MEDIUM, treatment, plan, reviewOn, reason, version);
    }

    private static List<String> fields(Throwable refusal) {
        return ((InvalidInput) refusal).problems().stream().map(p -> p.field()).toList();
    }

    @Test
    @DisplayName(
            "SUP-7: the same finding raised twice is one risk, numbered, with the latest finding; the list finds it")
    void sameFindingTwiceIsOneRisk() {
        String sla = Unique.code("sla");
        Risk first = risks.raise(finding(sla, "P1", "supplier 8 h + 1 h > 4 h"));
        Risk second = risks.raise(finding(sla, "P1", "supplier 6 h + 1 h > 4 h"));

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(first.getNumber()).isEqualTo(Risk.numberFor(first.getId())).matches("RSK-\\d{6,}");
        Risk stored = risks.find(first.getId());
        assertThat(stored.getFinding()).isEqualTo("supplier 6 h + 1 h > 4 h");
        assertThat(stored.getStatus()).isEqualTo(RiskStatus.OPEN);
        assertThat(stored.getLikelihood()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(risks.list(new PageRequest(0, 5, null, true, Map.of("text", "Response P1", "owner", "slaman")))
                        .items())
                .extracting(Risk::getId)
                .contains(first.getId());
        assertThat(history.of("Risk", first.getId()))
                .filteredOn(h -> "finding".equals(h.getFieldName()))
                .extracting(HistoryEntry::getChangeKind, HistoryEntry::getOldValue, HistoryEntry::getNewValue)
                .containsExactlyInAnyOrder(
                        tuple(ChangeKind.CREATED, null, "supplier 8 h + 1 h > 4 h"),
                        tuple(ChangeKind.CHANGED, "supplier 8 h + 1 h > 4 h", "supplier 6 h + 1 h > 4 h"));
    }

    @Test
    @DisplayName("SUP-7: a check that no longer finds a misalignment marks its risk aligned, with the evidence; "
            + "finding it again clears that; other SLAs' risks are left alone")
    void reconcileMarksAlignedThenRaiseClears() {
        String sla = Unique.code("sla");
        String other = Unique.code("sla");
        Risk p1 = risks.raise(finding(sla, "P1", "8 h > 4 h"));
        Risk p2 = risks.raise(finding(sla, "P2", "16 h > 8 h"));
        Risk elsewhere = risks.raise(finding(other, "P1", "8 h > 4 h"));

        List<Risk> touched =
                risks.reconcile(sla, List.of(finding(sla, "P2", "12 h > 8 h")), "Check of 6 Dec: 2 h + 1 h <= 4 h");
        assertThat(touched).extracting(Risk::getId).containsExactly(p1.getId(), p2.getId());

        Risk aligned = risks.find(p1.getId());
        assertThat(aligned.getAlignedSince()).isNotNull();
        assertThat(aligned.getAlignedEvidence()).isEqualTo("Check of 6 Dec: 2 h + 1 h <= 4 h");
        assertThat(risks.find(p2.getId()).getAlignedSince()).isNull();
        assertThat(risks.find(p2.getId()).getFinding()).isEqualTo("12 h > 8 h");
        assertThat(risks.find(elsewhere.getId()).getAlignedSince()).isNull();
        assertThat(risks.list(new PageRequest(0, 50, null, true, Map.of("aligned", "true", "text", "Response P1")))
                        .items())
                .extracting(Risk::getId)
                .contains(p1.getId())
                .doesNotContain(elsewhere.getId());

        Risk again = risks.raise(finding(sla, "P1", "9 h > 4 h"));
        assertThat(again.getId()).isEqualTo(p1.getId());
        assertThat(risks.find(p1.getId()).getAlignedSince()).isNull();
        assertThat(risks.find(p1.getId()).getAlignedEvidence()).isNull();
        assertThat(history.of("Risk", p1.getId()))
                .filteredOn(h -> "alignedEvidence".equals(h.getFieldName()))
                .extracting(HistoryEntry::getOldValue, HistoryEntry::getNewValue)
                .containsExactlyInAnyOrder(
                        tuple(null, "Check of 6 Dec: 2 h + 1 h <= 4 h"),
                        tuple("Check of 6 Dec: 2 h + 1 h <= 4 h", null));
    }

    @Test
    @DisplayName("SUP-7: accepting needs a reason, the others a plan and a review date not in the past (each refusal "
            + "names its field and stores nothing); a treated risk closes with evidence and is then read-only")
    void treatAndClose() {
        String sla = Unique.code("sla");
        Risk risk = risks.raise(finding(sla, "P1", "8 h > 4 h"));
        long version = risk.getVersion();

        assertThatThrownBy(() -> risks.close(risk.getId(), new ClosureData("Fixed", version)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> risks.treat(risk.getId(), treatment(RiskTreatment.ACCEPT, null, null, " ", version)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("acceptanceReason"));
        assertThatThrownBy(() -> risks.treat(
                        risk.getId(), treatment(RiskTreatment.MITIGATE, "Add a night rota", null, null, version)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("reviewOn"));
        assertThatThrownBy(() -> risks.treat(
                        risk.getId(),
                        treatment(
                                RiskTreatment.TRANSFER,
                                "Insure",
                                LocalDate.now().minusDays(2),
                                null,
                                version)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("reviewOn"));
        assertThat(risks.find(risk.getId()).getStatus()).isEqualTo(RiskStatus.OPEN);
        assertThat(risks.find(risk.getId()).getVersion()).isEqualTo(version);

        Risk treated = risks.treat(
                risk.getId(),
                treatment(
                        RiskTreatment.MITIGATE,
                        "Add a night rota",
                        LocalDate.now().plusDays(30),
                        null,
                        version));
        assertThat(treated.getStatus()).isEqualTo(RiskStatus.TREATED);
        assertThatThrownBy(
                        () -> risks.treat(risk.getId(), treatment(RiskTreatment.ACCEPT, null, null, "Stale", version)))
                .isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> risks.close(risk.getId(), new ClosureData(" ", treated.getVersion())))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("evidence"));

        Risk closed = risks.close(risk.getId(), new ClosureData("Rota in place since 1 Dec", treated.getVersion()));
        assertThat(closed.getStatus()).isEqualTo(RiskStatus.CLOSED);
        assertThatThrownBy(() -> risks.treat(
                        risk.getId(), treatment(RiskTreatment.ACCEPT, null, null, "Late", closed.getVersion())))
                .isInstanceOf(RuleViolation.class);

        assertThat(history.of("Risk", risk.getId()))
                .filteredOn(h -> "status".equals(h.getFieldName()))
                .extracting(HistoryEntry::getOldValue, HistoryEntry::getNewValue, HistoryEntry::getChangedBy)
                .containsExactlyInAnyOrder(
                        tuple(null, "OPEN", "slaman"),
                        tuple("OPEN", "TREATED", "slaman"),
                        tuple("TREATED", "CLOSED", "slaman"));

        Risk reopened = risks.raise(finding(sla, "P1", "8 h > 4 h again"));
        assertThat(reopened.getId())
                .as("a closed risk is final: the same finding later opens a new one")
                .isNotEqualTo(risk.getId());
    }

    @Test
    @DisplayName("SUP-7: a risk found aligned closes untreated, with the check's evidence")
    void alignedRiskClosesUntreated() {
        String sla = Unique.code("sla");
        Risk risk = risks.raise(finding(sla, "P1", "8 h > 4 h"));
        risks.reconcile(sla, List.of(), "Supplier now 2 h on 24x7");
        Risk aligned = risks.find(risk.getId());
        Risk closed = risks.close(risk.getId(), new ClosureData(aligned.getAlignedEvidence(), aligned.getVersion()));
        assertThat(closed.getStatus()).isEqualTo(RiskStatus.CLOSED);
        assertThat(closed.getClosureEvidence()).isEqualTo("Supplier now 2 h on 24x7");
    }

    @Test
    @DisplayName("X-4: the auditor reads risks but neither raises nor treats them; the supplier manager treats them")
    void rolesAreChecked() throws Exception {
        String sla = Unique.code("sla");
        Risk risk = risks.raise(finding(sla, "P1", "8 h > 4 h"));
        runAs.user(DemoUsers.AUDITOR);
        assertThat(risks.find(risk.getId()).getNumber()).isEqualTo(risk.getNumber());
        assertThatThrownBy(() -> risks.raise(finding(sla, "P2", "x"))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> risks.treat(
                        risk.getId(), treatment(RiskTreatment.ACCEPT, null, null, "Fine", risk.getVersion())))
                .isInstanceOf(EJBAccessException.class);
        runAs.user(DemoUsers.SUPMAN);
        assertThat(risks.treat(risk.getId(), treatment(RiskTreatment.ACCEPT, null, null, "Fine", risk.getVersion()))
                        .getAcceptanceReason())
                .isEqualTo("Fine");
    }
}
