package org.sepakat.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** labels the pages build from data (enum.<Type>.<CONSTANT>, history.recordType.<Type>) exist in both languages. */
class EnumLabelsTest {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(DayOfWeek.class,
            org.sepakat.improvement.entity.ImprovementPriority.class,
            org.sepakat.improvement.entity.ImprovementStatus.class,
            org.sepakat.improvement.entity.SourceKind.class,
            org.sepakat.party.entity.ContactRoleKind.class,
            org.sepakat.party.entity.CustomerKind.class,
            org.sepakat.party.entity.CustomerStatus.class,
            org.sepakat.party.entity.ServiceStatus.class,
            org.sepakat.servicelevel.entity.Comparison.class,
            org.sepakat.servicelevel.entity.MeasurementPeriod.class,
            org.sepakat.servicelevel.entity.OverLimitRule.class,
            org.sepakat.servicelevel.entity.Recurrence.class,
            org.sepakat.servicelevel.entity.ReviewCadence.class,
            org.sepakat.servicelevel.entity.SlaStatus.class,
            org.sepakat.servicelevel.entity.TargetMetric.class,
            org.sepakat.servicelevel.entity.WorkloadMetric.class,
            org.sepakat.shared.entity.ChangeKind.class);

    /** Every kind of record the history can hold. */
    private static final List<Class<?>> RECORDS = List.of(
            org.sepakat.improvement.entity.ImprovementOpportunity.class,
            org.sepakat.party.entity.Contact.class,
            org.sepakat.party.entity.Customer.class,
            org.sepakat.party.entity.Service.class,
            org.sepakat.party.entity.Staff.class,
            org.sepakat.servicelevel.entity.ServiceCalendar.class,
            org.sepakat.servicelevel.entity.ServiceLevelAgreement.class);

    @Test
    void everyKindOfRecordInTheHistoryHasAName() {
        for (Class<?> type : RECORDS) {
            String key = "history.recordType." + type.getSimpleName();
            for (Locale locale : UserSession.LANGUAGES) {
                assertThat(Messages.text(locale, key)).as(key + " in " + locale).isNotEqualTo(key);
            }
        }
    }

    @Test
    void everyShownEnumHasLabelsInEnglishAndIndonesian() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                for (Locale locale : UserSession.LANGUAGES) {
                    assertThat(Messages.text(locale, key)).as(key + " in " + locale).isNotEqualTo(key);
                }
            }
        }
    }
}
