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
import org.sepakat.improvement.boundary.Improvements;
import org.sepakat.improvement.entity.ImprovementData;
import org.sepakat.improvement.entity.ImprovementOpportunity;
import org.sepakat.improvement.entity.ImprovementPriority;
import org.sepakat.improvement.entity.ImprovementSource;
import org.sepakat.improvement.entity.ImprovementStatus;
import org.sepakat.improvement.entity.OutcomeData;
import org.sepakat.improvement.entity.RejectionData;
import org.sepakat.improvement.entity.SourceKind;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.InContainer;
import org.sepakat.it.support.RunAs;
import org.sepakat.it.support.Unique;
import org.sepakat.shared.boundary.History;
import org.sepakat.shared.entity.ChangeKind;
import org.sepakat.shared.entity.ConcurrentEdit;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.shared.entity.InvalidInput;
import org.sepakat.shared.entity.PageRequest;
import org.sepakat.shared.entity.RuleViolation;

/** The improvement register inside the server, on the configured database (Derby, then PostgreSQL). */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class ImprovementsBoundaryIT {

    private static final LocalDate DUE = LocalDate.now().plusDays(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWith(ImprovementsBoundaryIT.class);
    }

    @Inject
    Improvements improvements;

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

    private static ImprovementData data(String title, LocalDate due, Long version) {
        return new ImprovementData(
                title,
                "Response target missed in October",
                SourceKind.MANUAL,
                null,
                null,
                null,
                DemoUsers.SLAMAN,
                due,
                ImprovementPriority.HIGH,
                version);
    }

    private ImprovementOpportunity newImprovement() {
        return improvements.create(data(Unique.code("Faster response"), DUE, null));
    }

    @Test
    @DisplayName(
            "X-3: an improvement is numbered, started and completed with its outcome; every step is in the history (X-1)")
    void createStartComplete() {
        ImprovementOpportunity created = newImprovement();
        assertThat(created.getNumber())
                .isEqualTo(ImprovementOpportunity.numberFor(created.getId()))
                .matches("IMP-\\d{6,}");
        assertThat(created.getStatus()).isEqualTo(ImprovementStatus.OPEN);

        ImprovementOpportunity started = improvements.start(created.getId(), created.getVersion());
        ImprovementOpportunity done =
                improvements.complete(created.getId(), new OutcomeData("Second-line rota added", started.getVersion()));
        assertThat(done.getStatus()).isEqualTo(ImprovementStatus.DONE);
        assertThat(improvements.find(created.getId()).getOutcome()).isEqualTo("Second-line rota added");

        List<HistoryEntry> rows = history.of("ImprovementOpportunity", created.getId());
        assertThat(rows)
                .filteredOn(h -> h.getChangeKind() == ChangeKind.CREATED)
                .extracting(HistoryEntry::getFieldName)
                .contains("number", "title", "sourceKind", "owner", "dueOn", "status");
        assertThat(rows)
                .filteredOn(h -> "status".equals(h.getFieldName()) && h.getChangeKind() == ChangeKind.CHANGED)
                .extracting(HistoryEntry::getOldValue, HistoryEntry::getNewValue, HistoryEntry::getChangedBy)
                .containsExactlyInAnyOrder(
                        tuple("OPEN", "IN_PROGRESS", "slaman"), tuple("IN_PROGRESS", "DONE", "slaman"));
        assertThat(rows).extracting(HistoryEntry::getRecordKey).containsOnly(created.getNumber());
    }

    @Test
    @DisplayName("X-3: an illegal transition is refused and changes nothing; a closed improvement is never reopened")
    void illegalTransitionsAreRefused() {
        ImprovementOpportunity created = newImprovement();
        assertThatThrownBy(() -> improvements.complete(created.getId(), new OutcomeData("done", created.getVersion())))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("error.improvement.transition"));
        assertThat(improvements.find(created.getId()).getStatus()).isEqualTo(ImprovementStatus.OPEN);

        ImprovementOpportunity rejected = improvements.reject(
                created.getId(), new RejectionData("Covered by the new contract", created.getVersion()));
        assertThat(rejected.getStatus()).isEqualTo(ImprovementStatus.REJECTED);
        assertThatThrownBy(() -> improvements.start(created.getId(), rejected.getVersion()))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> improvements.update(created.getId(), data("Renamed", DUE, rejected.getVersion())))
                .isInstanceOf(RuleViolation.class);
        assertThat(improvements.find(created.getId()).getStatus()).isEqualTo(ImprovementStatus.REJECTED);
    }

    @Test
    @DisplayName("X-1: the second of two concurrent edits is refused and the first is kept")
    void concurrentEditIsRefused() {
        ImprovementOpportunity created = newImprovement();
        long readByBoth = created.getVersion();
        improvements.update(created.getId(), data("First editor", DUE, readByBoth));

        assertThatThrownBy(() -> improvements.update(created.getId(), data("Second editor", DUE, readByBoth)))
                .isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> improvements.start(created.getId(), readByBoth))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(improvements.find(created.getId()).getTitle()).isEqualTo("First editor");
    }

    @Test
    @DisplayName("The owner must be a known member of staff; nothing is stored otherwise")
    void unknownOwnerIsRefused() {
        String title = Unique.code("Nobody owns");
        assertThatThrownBy(() -> improvements.create(new ImprovementData(
                        title,
                        "x",
                        SourceKind.MANUAL,
                        null,
                        null,
                        null,
                        "no-such-user",
                        DUE,
                        ImprovementPriority.LOW,
                        null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(p -> p.field())
                        .containsExactly("owner"));
        assertThat(improvements
                        .list(new PageRequest(0, 5, null, true, Map.of("text", title)))
                        .total())
                .isZero();
    }

    @Test
    @DisplayName("SLM-8: a process raises an improvement linked to its record, once while it is open; filters find it")
    void processesRaiseLinkedImprovements() {
        String reference = Unique.code("SLA-FIN") + " / 2026-10";
        long recordId = System.nanoTime();
        ImprovementSource source =
                ImprovementSource.of(SourceKind.MISSED_TARGET, reference, "ServiceLevelAgreement", recordId);
        ImprovementOpportunity raised = improvements.raise(
                source,
                "Availability target missed",
                "99.5% agreed, 98.9% met",
                DemoUsers.SLAMAN,
                LocalDate.now().minusDays(1));
        ImprovementOpportunity again = improvements.raise(
                source,
                "Availability target missed",
                "again",
                DemoUsers.SLAMAN,
                LocalDate.now().minusDays(1));
        assertThat(again.getId()).isEqualTo(raised.getId());

        var linked = improvements.list(new PageRequest(
                0,
                5,
                null,
                true,
                Map.of("sourceRecordType", "ServiceLevelAgreement", "sourceRecordId", String.valueOf(recordId))));
        assertThat(linked.items()).extracting(ImprovementOpportunity::getNumber).containsExactly(raised.getNumber());
        var overdue = improvements.list(new PageRequest(
                0,
                5,
                null,
                true,
                Map.of("overdue", "true", "sourceKind", "MISSED_TARGET", "text", raised.getNumber())));
        assertThat(overdue.total()).isEqualTo(1);
        assertThat(improvements
                        .list(new PageRequest(
                                0,
                                5,
                                null,
                                true,
                                Map.of(
                                        "overdue",
                                        "true",
                                        "text",
                                        newImprovement().getNumber())))
                        .total())
                .isZero();
    }

    @Test
    @DisplayName("X-4: the auditor reads the register but cannot change it")
    void auditorCannotWrite() throws Exception {
        ImprovementOpportunity created = newImprovement();
        runAs.user(DemoUsers.AUDITOR);
        assertThat(improvements.find(created.getId()).getNumber()).isEqualTo(created.getNumber());
        assertThatThrownBy(() -> improvements.start(created.getId(), created.getVersion()))
                .isInstanceOf(EJBAccessException.class);
    }
}
