package org.sepakat.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sepakat.shared.entity.FieldProblem;
import org.sepakat.shared.entity.InvalidInput;

/**
 * The commercial terms of a supplier contract (SUP-2, SUP-10): its value, when it starts, how long
 * its initial term runs, how it renews and the notice it needs; and, recorded later, the day notice
 * was given (tacit renewal) or how many express renewals were agreed. Immutable: a recorded event
 * makes a new value. Plain fields and a protected no-arg constructor, so that it can be mapped as an
 * embeddable (the periods as ISO-8601 text, the currency as its ISO 4217 code).
 *
 * <p><b>Terms and their dates.</b> Term 0 is the initial term, term <i>k</i> ≥ 1 the <i>k</i>-th
 * renewal. Every date is inclusive: a term from 2026-01-01 for one year ends on 2026-12-31, the day
 * before its anniversary. Each term end is computed from the start date plus the whole span
 * (initial term + <i>k</i> renewal periods), never by adding a period to the previous end, so a
 * term that had to be cut short at a month end does not shorten every later one. When the span's
 * anniversary day does not exist in its month (31 January + 1 month), the term ends on the last day
 * of that month (28 or 29 February) and the next one starts on the 1st of the next month; later
 * terms return to the 30th/31st wherever the month has them. A contract from 29 February for a year
 * ends on 28 February of the next year, and in a leap year again on 28 February (the day before the
 * 29th).
 *
 * <p><b>Notice.</b> The notice deadline of a term is the last day on which notice (or, for an express
 * renewal, the renewal) can be given so that the whole notice period, counted from the next day,
 * lies before the term's end: the day before (term end + 1 day − notice period). A term ending
 * 2026-12-31 with three months' notice has its deadline on 2026-09-30. A notice period longer than
 * the renewal period puts a term's deadline in an earlier term: to end a monthly contract with three
 * months' notice at the end of June, notice must be given by 31 March, during the March term.
 */
@Embeddable
public class CommercialTerms {

    @Column(name = "contract_value", precision = 19, scale = 2)
    private BigDecimal value;

    @Convert(converter = CurrencyConverter.class)
    @Column(name = "currency", length = 3)
    private Currency currency;

    @Column(name = "starts_on")
    private LocalDate starts;

    @Convert(converter = IsoPeriodConverter.class)
    @Column(name = "initial_term", length = 20)
    private Period initialTerm;

    @Enumerated(EnumType.STRING)
    @Column(name = "renewal", length = 10)
    private RenewalKind renewal;

    @Convert(converter = IsoPeriodConverter.class)
    @Column(name = "renewal_period", length = 20)
    private Period renewalPeriod;

    @Convert(converter = IsoPeriodConverter.class)
    @Column(name = "notice_period", length = 20)
    private Period noticePeriod;

    @Column(name = "notice_given_on")
    private LocalDate noticeGivenOn;

    @Column(name = "express_renewals")
    private Integer expressRenewals;

    protected CommercialTerms() {}

    /**
     * New terms with no notice given and no express renewal recorded. {@code renewalPeriod} is
     * required for a tacit or express renewal and must be absent for none; {@code noticePeriod}
     * absent means none (zero).
     */
    public CommercialTerms(
            BigDecimal value,
            Currency currency,
            LocalDate starts,
            Period initialTerm,
            RenewalKind renewal,
            Period renewalPeriod,
            Period noticePeriod) {
        this(value, currency, starts, initialTerm, renewal, renewalPeriod, noticePeriod, null, 0);
    }

    private CommercialTerms(
            BigDecimal value,
            Currency currency,
            LocalDate starts,
            Period initialTerm,
            RenewalKind renewal,
            Period renewalPeriod,
            Period noticePeriod,
            LocalDate noticeGivenOn,
            int expressRenewals) {
        this.value = value;
        this.currency = currency;
        this.starts = starts;
        this.initialTerm = initialTerm;
        this.renewal = renewal;
        this.renewalPeriod = renewalPeriod;
        this.noticePeriod = noticePeriod == null ? Period.ZERO : noticePeriod;
        this.noticeGivenOn = noticeGivenOn;
        this.expressRenewals = expressRenewals;
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "value", value);
        required(problems, "currency", currency);
        required(problems, "startsOn", starts);
        required(problems, "initialTerm", initialTerm);
        required(problems, "renewal", renewal);
        if (value != null && value.signum() < 0) {
            problems.add(FieldProblem.of("value", "error.commercialTerms.negativeValue", value));
        }
        positive(problems, "initialTerm", initialTerm);
        if (renewal == RenewalKind.NONE && renewalPeriod != null) {
            problems.add(FieldProblem.of("renewalPeriod", "error.commercialTerms.renewalPeriodWithoutRenewal"));
        } else if (renewal != null && renewal != RenewalKind.NONE) {
            required(problems, "renewalPeriod", renewalPeriod);
            positive(problems, "renewalPeriod", renewalPeriod);
        }
        if (noticePeriod.isNegative()) {
            problems.add(FieldProblem.of("noticePeriod", "error.commercialTerms.negativeNotice", noticePeriod));
        }
        if (noticeGivenOn != null && starts != null && noticeGivenOn.isBefore(starts)) {
            problems.add(FieldProblem.of("noticeGivenOn", "error.commercialTerms.noticeBeforeStart", starts));
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, Object given) {
        if (given == null) {
            problems.add(FieldProblem.of(field, "error.commercialTerms.required"));
        }
    }

    private static void positive(List<FieldProblem> problems, String field, Period period) {
        if (period != null && (period.isNegative() || period.isZero())) {
            problems.add(FieldProblem.of(field, "error.commercialTerms.periodNotPositive", period));
        }
    }

    /** The same terms with notice given on {@code day}: only a tacitly renewing contract takes notice. */
    public CommercialTerms withNoticeGivenOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (renewal != RenewalKind.TACIT) {
            throw InvalidInput.of("noticeGivenOn", "error.commercialTerms.noticeNeedsTacitRenewal", renewal);
        }
        return new CommercialTerms(
                value, currency, starts, initialTerm, renewal, renewalPeriod, noticePeriod, day, getExpressRenewals());
    }

    /**
     * These terms with the events recorded in {@code earlier} (notice given, express renewals), as far
     * as these terms still take them: a revision that keeps the renewal kind keeps its history.
     */
    public CommercialTerms keepingEventsOf(CommercialTerms earlier) {
        LocalDate notice =
                renewal == RenewalKind.TACIT && earlier.renewal == RenewalKind.TACIT ? earlier.noticeGivenOn : null;
        int renewals = renewal == RenewalKind.EXPRESS && earlier.renewal == RenewalKind.EXPRESS
                ? earlier.getExpressRenewals()
                : 0;
        return new CommercialTerms(
                value, currency, starts, initialTerm, renewal, renewalPeriod, noticePeriod, notice, renewals);
    }

    /** The same terms with one more express renewal recorded: only an expressly renewing contract takes it. */
    public CommercialTerms withExpressRenewal() {
        if (renewal != RenewalKind.EXPRESS) {
            throw InvalidInput.of("renewal", "error.commercialTerms.renewalNeedsExpress", renewal);
        }
        return new CommercialTerms(
                value,
                currency,
                starts,
                initialTerm,
                renewal,
                renewalPeriod,
                noticePeriod,
                null,
                getExpressRenewals() + 1);
    }

    /** Term {@code number} (0: the initial term), dates inclusive, each end computed from the start date. */
    public ContractTerm term(int number) {
        if (number < 0 || number > 0 && renewal == RenewalKind.NONE) {
            throw new IllegalArgumentException("no term " + number + " for a contract renewing " + renewal);
        }
        LocalDate from = number == 0 ? starts : boundary(number - 1);
        return new ContractTerm(number, from, boundary(number).minusDays(1));
    }

    /**
     * The term that holds {@code today}; before the start the initial term, after the contract
     * expired its last term.
     */
    public ContractTerm currentTerm(LocalDate today) {
        Optional<Integer> last = lastTermNumber();
        int number = 0;
        while (!boundary(number).isAfter(today) && (last.isEmpty() || number < last.get())) {
            number++;
        }
        return term(number);
    }

    /**
     * The day the contract ends if nothing more is done, inclusive: none for a tacit renewal without
     * notice (it renews itself); with notice, the end of the first term whose deadline the notice met;
     * for an express renewal the end of the last expressly renewed term; for none the end of the
     * initial term.
     */
    public Optional<LocalDate> expiry() {
        return lastTermNumber().map(n -> term(n).ends());
    }

    /** Whether the contract has ended by {@code today}: its expiry is before it. */
    public boolean isExpired(LocalDate today) {
        return expiry().map(today::isAfter).orElse(false);
    }

    /**
     * The first notice deadline on or after {@code today} and the term end it stops the contract
     * on: none when the contract cannot be renewed (no renewal), when notice was already given, or
     * when it has expired. With a notice period longer than a term, this may stop a later term
     * than the current one, because the current term's deadline has passed. For an express renewal
     * it is the last day to record the renewal of the last agreed term, none once that day passed.
     */
    public Optional<NoticeDeadline> nextNoticeDeadline(LocalDate today) {
        if (renewal == RenewalKind.NONE || noticeGivenOn != null || isExpired(today)) {
            return Optional.empty();
        }
        if (renewal == RenewalKind.EXPRESS) {
            LocalDate last = deadline(expressRenewals);
            return last.isBefore(today)
                    ? Optional.empty()
                    : Optional.of(new NoticeDeadline(last, term(expressRenewals).ends()));
        }
        int number = currentTerm(today).number();
        while (deadline(number).isBefore(today)) {
            number++;
        }
        return Optional.of(new NoticeDeadline(deadline(number), term(number).ends()));
    }

    /** The last day notice can be given to end the contract with term {@code number}. */
    public LocalDate deadline(int number) {
        return boundary(number).minus(noticePeriod).minusDays(1);
    }

    private Optional<Integer> lastTermNumber() {
        return switch (renewal) {
            case NONE -> Optional.of(0);
            case EXPRESS -> Optional.of(expressRenewals);
            case TACIT -> noticeGivenOn == null ? Optional.empty() : Optional.of(firstTermStoppedBy(noticeGivenOn));
        };
    }

    private int firstTermStoppedBy(LocalDate notice) {
        int number = 0;
        while (deadline(number).isBefore(notice)) {
            number++;
        }
        return number;
    }

    /**
     * The first day after term {@code number}: the start plus the whole span (initial term and
     * {@code number} renewal periods). When the anniversary day does not exist in the target month,
     * the month end closes the term, so the boundary is the first of the next month.
     */
    private LocalDate boundary(int number) {
        Period span = number == 0 ? initialTerm : initialTerm.plus(renewalPeriod.multipliedBy(number));
        LocalDate anniversary = starts.plusMonths(span.toTotalMonths());
        if (anniversary.getDayOfMonth() < starts.getDayOfMonth()) {
            anniversary = anniversary.plusDays(1);
        }
        return anniversary.plusDays(span.getDays());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommercialTerms that
                && Objects.equals(value, that.value)
                && Objects.equals(currency, that.currency)
                && Objects.equals(starts, that.starts)
                && Objects.equals(initialTerm, that.initialTerm)
                && renewal == that.renewal
                && Objects.equals(renewalPeriod, that.renewalPeriod)
                && Objects.equals(noticePeriod, that.noticePeriod)
                && Objects.equals(noticeGivenOn, that.noticeGivenOn)
                && Objects.equals(expressRenewals, that.expressRenewals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(starts, initialTerm, renewal, renewalPeriod, noticeGivenOn, expressRenewals);
    }

    /** One line for documents, versions and the history, e.g. "120000000.00 IDR; 2026-01-01; P1Y; TACIT P1Y; notice P3M". */
    public String describe() {
        StringBuilder line = new StringBuilder();
        line.append(value == null ? "-" : value.toPlainString())
                .append(currency == null ? "" : " " + currency.getCurrencyCode())
                .append("; ")
                .append(starts)
                .append("; ")
                .append(initialTerm)
                .append("; ")
                .append(renewal);
        if (renewalPeriod != null) {
            line.append(' ').append(renewalPeriod);
        }
        line.append("; notice ").append(noticePeriod);
        if (noticeGivenOn != null) {
            line.append("; notice given ").append(noticeGivenOn);
        }
        if (expressRenewals != null && expressRenewals > 0) {
            line.append("; renewals ").append(expressRenewals);
        }
        return line.toString();
    }

    public BigDecimal getValue() {
        return value;
    }

    public Currency getCurrency() {
        return currency;
    }

    public LocalDate getStarts() {
        return starts;
    }

    public Period getInitialTerm() {
        return initialTerm;
    }

    public RenewalKind getRenewal() {
        return renewal;
    }

    public Period getRenewalPeriod() {
        return renewalPeriod;
    }

    public Period getNoticePeriod() {
        return noticePeriod;
    }

    public LocalDate getNoticeGivenOn() {
        return noticeGivenOn;
    }

    public int getExpressRenewals() {
        return expressRenewals == null ? 0 : expressRenewals;
    }
}
