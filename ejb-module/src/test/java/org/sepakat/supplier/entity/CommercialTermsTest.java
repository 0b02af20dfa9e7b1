package org.sepakat.supplier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/**
 * SUP-2, SUP-10: a supplier contract's terms, notice deadlines and expiry, on hand-worked dates.
 * Every date is inclusive; a term's end is computed from the start date plus the whole span.
 */
class CommercialTermsTest {

    private static final Currency IDR = Currency.getInstance("IDR");

    private static CommercialTerms terms(
            LocalDate starts, Period initial, RenewalKind renewal, Period renewalPeriod, Period notice) {
        return new CommercialTerms(new BigDecimal("120000000"), IDR, starts, initial, renewal, renewalPeriod, notice);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                                   starts,     initial, renewal, renewalPeriod, notice, noticeGiven, renewals, today,      termStarts, termEnds,   deadline,   deadlineEnds, expiry,     expired
            # one year from 1 Jan ends 31 Dec; deadline 2027-01-01 - 3 months - 1 day
            a year from 1 January ends on 31 December inclusive,       2026-01-01, P1Y,  TACIT,   P1Y,           P3M,    -,           0,        2026-05-10, 2026-01-01, 2026-12-31, 2026-09-30, 2026-12-31,   -,          false
            # 31 Jan + 1 month: 31 Feb does not exist, the term ends on the last day of February
            31 January + 1 month ends at the end of February,          2026-01-31, P1M,  TACIT,   P1M,           P0D,    -,           0,        2026-02-15, 2026-01-31, 2026-02-28, 2026-02-28, 2026-02-28,   -,          false
            # term 1 ends before 31 Jan + 2 months = 31 Mar: back to the 30th, not the 28th of every month
            the term after February is not shrunk to the 28th,         2026-01-31, P1M,  TACIT,   P1M,           P0D,    -,           0,        2026-03-15, 2026-03-01, 2026-03-30, 2026-03-30, 2026-03-30,   -,          false
            # term 6 ends before 31 Jan + 7 months = 31 Aug; chaining would have given 28 Jul - 27 Aug
            seven months on the term still ends before the 31st,       2026-01-31, P1M,  TACIT,   P1M,           P0D,    -,           0,        2026-08-15, 2026-07-31, 2026-08-30, 2026-08-30, 2026-08-30,   -,          false
            # 29 Feb 2024 + 1 year = 28 Feb 2025 clamped, so the term ends on 28 Feb 2025
            29 February + 1 year ends on 28 February,                  2024-02-29, P1Y,  TACIT,   P1Y,           P0D,    -,           0,        2024-06-01, 2024-02-29, 2025-02-28, 2025-02-28, 2025-02-28,   -,          false
            # term 3 runs to the day before 29 Feb 2028 (start + 4 years exists again)
            in the next leap year the term ends on 28 February,        2024-02-29, P1Y,  TACIT,   P1Y,           P0D,    -,           0,        2027-06-01, 2027-03-01, 2028-02-28, 2028-02-28, 2028-02-28,   -,          false
            # term 4 starts on the anniversary itself, 29 Feb 2028
            and the term after it starts on 29 February,               2024-02-29, P1Y,  TACIT,   P1Y,           P0D,    -,           0,        2028-06-01, 2028-02-29, 2029-02-28, 2029-02-28, 2029-02-28,   -,          false
            # monthly, 3 months notice; today in term 2 (March). Deadlines: term 2: 1 Apr - 3M - 1d = 31 Dec 2025,
            # term 3: 31 Jan, term 4: 28 Feb, term 5 (June): 1 Jul - 3M - 1d = 31 Mar >= 10 Mar
            notice longer than a term: the deadline is for June,       2026-01-01, P1M,  TACIT,   P1M,           P3M,    -,           0,        2026-03-10, 2026-03-01, 2026-03-31, 2026-03-31, 2026-06-30,   -,          false
            # deadline of term 0 was 30 Sep 2026; next: 1 Jan 2028 - 3M - 1d = 30 Sep 2027, stopping term 1
            tacit renewal after the notice date: next term's deadline, 2026-01-01, P1Y,  TACIT,   P1Y,           P3M,    -,           0,        2026-11-15, 2026-01-01, 2026-12-31, 2027-09-30, 2027-12-31,   -,          false
            # 3 years to 30 Jun 2018, then yearly: term 9 is 1 Jul 2026 - 30 Jun 2027; 1 Jul 2027 - 2M - 1d = 30 Apr 2027
            started years ago with eight renewals,                     2015-07-01, P3Y,  TACIT,   P1Y,           P2M,    -,           0,        2026-12-05, 2026-07-01, 2027-06-30, 2027-04-30, 2027-06-30,   -,          false
            # two years to 31 Dec 2025, no renewal recorded: expired on 1 Jan 2026, its last term stays current
            express renewal not renewed has expired,                   2024-01-01, P2Y,  EXPRESS, P1Y,           P1M,    -,           0,        2026-03-01, 2024-01-01, 2025-12-31, -,          -,            2025-12-31, true
            # one renewal recorded: runs to 31 Dec 2026; renewal to record by 1 Jan 2027 - 1M - 1d = 30 Nov 2026
            express renewal recorded runs one more term,               2024-01-01, P2Y,  EXPRESS, P1Y,           P1M,    -,           1,        2026-03-01, 2026-01-01, 2026-12-31, 2026-11-30, 2026-12-31,   2026-12-31, false
            # the day to decide (30 Sep) has passed; it still runs to 31 Dec
            express renewal past its decision day is not yet expired,  2026-01-01, P1Y,  EXPRESS, P1Y,           P3M,    -,           0,        2026-11-01, 2026-01-01, 2026-12-31, -,          -,            2026-12-31, false
            # notice on 1 Sep met the 30 Sep deadline: ends with the current term
            notice given in time ends at the current term end,         2026-01-01, P1Y,  TACIT,   P1Y,           P3M,    2026-09-01,  0,        2026-10-01, 2026-01-01, 2026-12-31, -,          -,            2026-12-31, false
            notice given in time: expired the day after,               2026-01-01, P1Y,  TACIT,   P1Y,           P3M,    2026-09-01,  0,        2027-01-01, 2026-01-01, 2026-12-31, -,          -,            2026-12-31, true
            # notice on 15 Oct missed 30 Sep: stops term 1 (deadline 30 Sep 2027)
            notice given late ends a term later,                       2026-01-01, P1Y,  TACIT,   P1Y,           P3M,    2026-10-15,  0,        2026-11-01, 2026-01-01, 2026-12-31, -,          -,            2027-12-31, false
            # no renewal: six months from 1 Apr end on 30 Sep
            no renewal ends with the initial term,                     2026-04-01, P6M,  NONE,    -,             P1M,    -,           0,        2026-12-05, 2026-04-01, 2026-09-30, -,          -,            2026-09-30, true
            # not started yet: the initial term; 1 Jan 2028 - 1M - 1d = 30 Nov 2027
            before the start the initial term is current,              2027-01-01, P1Y,  TACIT,   P1Y,           P1M,    -,           0,        2026-12-05, 2027-01-01, 2027-12-31, 2027-11-30, 2027-12-31,   -,          false
            """)
    void termsDeadlinesAndExpiry(
            String name,
            LocalDate starts,
            Period initial,
            RenewalKind renewal,
            Period renewalPeriod,
            Period notice,
            LocalDate noticeGiven,
            int renewals,
            LocalDate today,
            LocalDate termStarts,
            LocalDate termEnds,
            LocalDate deadline,
            LocalDate deadlineEnds,
            LocalDate expiry,
            boolean expired) {
        CommercialTerms contract = terms(starts, initial, renewal, renewalPeriod, notice);
        if (noticeGiven != null) {
            contract = contract.withNoticeGivenOn(noticeGiven);
        }
        for (int i = 0; i < renewals; i++) {
            contract = contract.withExpressRenewal();
        }

        ContractTerm current = contract.currentTerm(today);
        assertThat(current.starts()).as("current term starts").isEqualTo(termStarts);
        assertThat(current.ends()).as("current term ends").isEqualTo(termEnds);
        assertThat(contract.nextNoticeDeadline(today))
                .as("next notice deadline")
                .isEqualTo(
                        deadline == null ? Optional.empty() : Optional.of(new NoticeDeadline(deadline, deadlineEnds)));
        assertThat(contract.expiry()).as("expiry").isEqualTo(Optional.ofNullable(expiry));
        assertThat(contract.isExpired(today)).as("expired").isEqualTo(expired);
    }

    @Test
    @DisplayName("Terms follow each other day by day: each starts the day after the previous one ends")
    void termsAreContiguous() {
        CommercialTerms contract =
                terms(LocalDate.of(2026, 1, 31), Period.ofMonths(1), RenewalKind.TACIT, Period.ofMonths(1), null);
        for (int n = 1; n < 40; n++) {
            assertThat(contract.term(n).starts())
                    .as("term " + n)
                    .isEqualTo(contract.term(n - 1).ends().plusDays(1));
        }
        // 31 Jan 2026 + 12 months = 31 Jan 2027: term 11 ends on 30 Jan 2027, term 12 starts on the 31st
        assertThat(contract.term(12).starts()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    @DisplayName("A term in days: 90 days from 1 January end on 31 March (2026 is no leap year)")
    void termInDays() {
        CommercialTerms contract =
                terms(LocalDate.of(2026, 1, 1), Period.ofDays(90), RenewalKind.TACIT, Period.ofDays(90), null);
        assertThat(contract.term(0).ends()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(contract.term(1))
                .isEqualTo(new ContractTerm(1, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 29)));
    }

    @Test
    @DisplayName("Every broken invariant is reported at once, each naming its field")
    void invariantsNameTheirFields() {
        assertThatThrownBy(() -> new CommercialTerms(
                        new BigDecimal("-1"),
                        null,
                        LocalDate.of(2026, 1, 1),
                        Period.ZERO,
                        RenewalKind.TACIT,
                        null,
                        null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple("currency", "error.commercialTerms.required"),
                                        tuple("value", "error.commercialTerms.negativeValue"),
                                        tuple("initialTerm", "error.commercialTerms.periodNotPositive"),
                                        tuple("renewalPeriod", "error.commercialTerms.required")));
    }

    @Test
    void noRenewalTakesNoRenewalPeriod() {
        assertThatThrownBy(() ->
                        terms(LocalDate.of(2026, 1, 1), Period.ofYears(1), RenewalKind.NONE, Period.ofYears(1), null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("renewalPeriod"));
    }

    @Test
    void aContractWithoutRenewalHasOnlyItsInitialTerm() {
        CommercialTerms once = terms(LocalDate.of(2026, 4, 1), Period.ofMonths(6), RenewalKind.NONE, null, null);

        assertThat(once.term(0)).isEqualTo(new ContractTerm(0, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)));
        assertThatThrownBy(() -> once.term(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeNoticePeriodIsRefused() {
        assertThatThrownBy(() -> terms(
                        LocalDate.of(2026, 1, 1),
                        Period.ofYears(1),
                        RenewalKind.TACIT,
                        Period.ofYears(1),
                        Period.ofMonths(-1)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("noticePeriod"));
    }

    @Test
    void onlyATacitRenewalTakesNoticeAndOnlyAnExpressOneARenewal() {
        CommercialTerms express =
                terms(LocalDate.of(2026, 1, 1), Period.ofYears(1), RenewalKind.EXPRESS, Period.ofYears(1), null);
        CommercialTerms tacit =
                terms(LocalDate.of(2026, 1, 1), Period.ofYears(1), RenewalKind.TACIT, Period.ofYears(1), null);

        assertThatThrownBy(() -> express.withNoticeGivenOn(LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("noticeGivenOn"));
        assertThatThrownBy(tacit::withExpressRenewal)
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("renewal"));
        assertThatThrownBy(() -> tacit.withNoticeGivenOn(LocalDate.of(2025, 12, 31)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("noticeGivenOn"));
    }

    @Test
    @DisplayName("Recording an event makes a new value and leaves the old one as it was")
    void recordingNoticeKeepsTheOriginal() {
        CommercialTerms tacit =
                terms(LocalDate.of(2026, 1, 1), Period.ofYears(1), RenewalKind.TACIT, Period.ofYears(1), null);
        CommercialTerms noticed = tacit.withNoticeGivenOn(LocalDate.of(2026, 6, 1));

        assertThat(tacit.expiry()).isEmpty();
        assertThat(noticed.expiry()).contains(LocalDate.of(2026, 12, 31));
        assertThat(noticed).isNotEqualTo(tacit);
    }
}
