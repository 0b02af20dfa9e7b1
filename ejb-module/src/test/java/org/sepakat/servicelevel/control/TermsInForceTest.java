package org.sepakat.servicelevel.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.servicelevel.entity.AgreedVersion;
import org.sepakat.servicelevel.entity.Comparison;
import org.sepakat.servicelevel.entity.CoveredService;
import org.sepakat.servicelevel.entity.MeasurementPeriod;
import org.sepakat.servicelevel.entity.OverLimitRule;
import org.sepakat.servicelevel.entity.ReviewCadence;
import org.sepakat.servicelevel.entity.ServiceLevelAgreement;
import org.sepakat.servicelevel.entity.ServiceLevelTarget;
import org.sepakat.servicelevel.entity.TargetMetric;
import org.sepakat.servicelevel.entity.WorkloadLimit;
import org.sepakat.servicelevel.entity.WorkloadMetric;

class TermsInForceTest {

    private final TermsInForce terms = new TermsInForce();
    private final Logger log = Logger.getLogger(TermsInForce.class.getName());
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureWarnings() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseWarnings() {
        log.removeHandler(capture);
    }

    private static ServiceLevelTarget resolution(String threshold, String withinHours) {
        return new ServiceLevelTarget("Resolution P1", TargetMetric.RESOLUTION_TIME, Comparison.AT_LEAST,
                new BigDecimal(threshold), null, MeasurementPeriod.MONTH, null, "P1", new BigDecimal(withinHours));
    }

    /** An active SLA agreed once (within 4 h, at least 90 %); returns that agreed version. */
    private static AgreedVersion agreedOnce(ServiceLevelAgreement sla) {
        sla.cover(List.of(new CoveredService(10L, "HELPDESK")));
        sla.replaceTargets(List.of(resolution("90", "4")));
        sla.replaceLimits(List.of(new WorkloadLimit("Tickets", WorkloadMetric.TICKETS, null, 100, MeasurementPeriod.MONTH,
                OverLimitRule.REPORT_ONLY)));
        sla.replaceExceptions(List.of(), List.of(), null, true);
        sla.agree("slaman", "Wati", Instant.parse("2026-06-30T03:00:00Z"));
        AgreedVersion version = new AgreedVersion(sla);
        sla.activate(LocalDate.of(2026, 7, 1));
        return version;
    }

    private static ServiceLevelAgreement sla(String reference) {
        return new ServiceLevelAgreement(reference, "Helpdesk", 3L, "RVC", ReviewCadence.MONTHLY, "UTC");
    }

    @Test
    @DisplayName("SLM-9: an SLA without an open revision is measured as it is")
    void activeSlaIsMeasuredAsItIs() {
        ServiceLevelAgreement sla = sla("SLA-ACTIVE");
        AgreedVersion first = agreedOnce(sla);

        assertThat(terms.measured(sla, first)).isSameAs(sla);
    }

    @Test
    @DisplayName("SLM-9: an SLA under revision is measured by its last agreed version, not by the draft")
    void revisedSlaIsMeasuredAsAgreed() {
        ServiceLevelAgreement sla = sla("SLA-REVISED");
        AgreedVersion first = agreedOnce(sla);
        sla.startRevision();
        sla.replaceTargets(List.of(resolution("95", "1")));

        ServiceLevelAgreement measured = terms.measured(sla, first);

        assertThat(measured).isNotSameAs(sla);
        assertThat(measured.getAgreedVersion()).isEqualTo(1);
        assertThat(measured.getTargets()).singleElement().satisfies(target -> {
            assertThat(target.getThreshold()).isEqualByComparingTo("90");
            assertThat(target.getWithinHours()).isEqualByComparingTo("4");
        });
        assertThat(sla.getTargets()).singleElement()
                .satisfies(target -> assertThat(target.getThreshold()).isEqualByComparingTo("95"));
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("SLM-9: a version agreed before its terms were kept leaves the SLA measured by its content, warned once")
    void versionWithoutTermsFallsBackToTheContentWarningOnce() throws ReflectiveOperationException {
        ServiceLevelAgreement sla = sla("SLA-LEGACY");
        AgreedVersion first = agreedOnce(sla);
        var termsJson = AgreedVersion.class.getDeclaredField("termsJson");
        termsJson.setAccessible(true);
        // as the row of a version agreed before changelog 010 reads
        termsJson.set(first, null);
        sla.startRevision();
        sla.replaceTargets(List.of(resolution("95", "1")));

        assertThat(terms.measured(sla, first)).isSameAs(sla);
        assertThat(terms.measured(sla, first)).isSameAs(sla);

        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.getMessage()).contains("SLA-LEGACY"));
    }
}
