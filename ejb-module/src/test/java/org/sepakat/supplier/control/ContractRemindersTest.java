package org.sepakat.supplier.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.supplier.control.ContractReminders.Due;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.ReminderKind;
import org.sepakat.supplier.entity.RenewalKind;

/** Issue 13 §2, SUP-10: which reminders a contract is due on a day, on hand-worked dates. */
class ContractRemindersTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static CommercialTerms terms(RenewalKind renewal, Period renewalPeriod, Period notice) {
        return new CommercialTerms(
                new BigDecimal("1200.00"),
                Currency.getInstance("IDR"),
                JAN_1,
                Period.ofYears(1),
                renewal,
                renewalPeriod,
                notice);
    }

    private static final CommercialTerms TACIT = terms(RenewalKind.TACIT, Period.ofYears(1), Period.ofMonths(3));

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    @Test
    @DisplayName("SUP-10: a yearly tacit contract from 1 Jan 2026 with 3 months' notice must be given notice by 30 Sep"
            + " (to end on 31 Dec); 90 days before is 2 Jul: due from 2 Jul to 30 Sep, not on 1 Jul nor on 1 Oct")
    void noticeIsDueFromNDaysBeforeTheDeadlineUntilIt() {
        Due notice = new Due(ReminderKind.NOTICE, day(9, 30), day(12, 31));
        assertThat(ContractReminders.due(TACIT, 90, 30, day(7, 1))).isEmpty();
        assertThat(ContractReminders.due(TACIT, 90, 30, day(7, 2))).containsExactly(notice);
        assertThat(ContractReminders.due(TACIT, 90, 30, day(9, 30))).containsExactly(notice);
        assertThat(ContractReminders.due(TACIT, 90, 30, day(10, 1)))
                .as("the next deadline is 30 Sep 2027, 90 days before it is 2 Jul 2027")
                .isEmpty();
        assertThat(ContractReminders.due(TACIT, 90, 30, LocalDate.of(2027, 7, 2)))
                .containsExactly(new Due(ReminderKind.NOTICE, LocalDate.of(2027, 9, 30), LocalDate.of(2027, 12, 31)));
    }

    @Test
    @DisplayName("SUP-10: a day the timer missed is caught up later with the same date, so the claim on (contract,"
            + " kind, date) keeps it to one reminder however many days ask")
    void everyDayOfTheWindowNamesTheSameDate() {
        assertThat(ContractReminders.due(TACIT, 90, 30, day(8, 15)))
                .containsExactly(new Due(ReminderKind.NOTICE, day(9, 30), day(12, 31)));
        assertThat(ContractReminders.due(TACIT, 90, 30, day(9, 29)))
                .isEqualTo(ContractReminders.due(TACIT, 90, 30, day(7, 2)));
        assertThat(ContractReminders.due(TACIT, 7, 30, day(9, 22)))
                .as("7 days before 30 Sep is 23 Sep")
                .isEmpty();
        assertThat(ContractReminders.due(TACIT, 7, 30, day(9, 23))).hasSize(1);
    }

    @Test
    @DisplayName("SUP-10: a contract without renewal ends on 31 Dec 2026: its expiry is due from 1 Dec (30 days"
            + " before) to 31 Dec, never on 30 Nov nor once it expired; it has no notice deadline")
    void expiryIsDueFromNDaysBeforeTheLastDay() {
        CommercialTerms once = terms(RenewalKind.NONE, null, null);
        Due expiry = new Due(ReminderKind.EXPIRY, day(12, 31), day(12, 31));
        assertThat(ContractReminders.due(once, 90, 30, day(11, 30))).isEmpty();
        assertThat(ContractReminders.due(once, 90, 30, day(12, 1))).containsExactly(expiry);
        assertThat(ContractReminders.due(once, 90, 30, day(12, 31))).containsExactly(expiry);
        assertThat(ContractReminders.due(once, 90, 30, LocalDate.of(2027, 1, 1)))
                .isEmpty();
    }

    @Test
    @DisplayName("SUP-10: an express contract with a month's notice must be renewed by 30 Nov or it ends on 31 Dec:"
            + " on 30 Nov the renewal is due, from 1 Dec only the expiry")
    void expressRenewalThenExpiry() {
        CommercialTerms express = terms(RenewalKind.EXPRESS, Period.ofYears(1), Period.ofMonths(1));
        assertThat(ContractReminders.due(express, 90, 30, day(11, 30)))
                .containsExactly(new Due(ReminderKind.NOTICE, day(11, 30), day(12, 31)));
        assertThat(ContractReminders.due(express, 90, 30, day(12, 1)))
                .containsExactly(new Due(ReminderKind.EXPIRY, day(12, 31), day(12, 31)));
    }

    @Test
    @DisplayName("SUP-10: a tacit contract given notice on 1 May ends on 31 Dec: no more notice deadline, the expiry"
            + " is due in its last 30 days")
    void noticeGivenLeavesTheExpiry() {
        CommercialTerms given = TACIT.withNoticeGivenOn(day(5, 1));
        assertThat(ContractReminders.due(given, 90, 30, day(9, 1))).isEmpty();
        assertThat(ContractReminders.due(given, 90, 30, day(12, 10)))
                .containsExactly(new Due(ReminderKind.EXPIRY, day(12, 31), day(12, 31)));
    }

    @Test
    @DisplayName("An OLA (no commercial terms) is never reminded")
    void noTermsNoReminder() {
        assertThat(ContractReminders.due(null, 90, 30, day(12, 10))).isEmpty();
    }
}
