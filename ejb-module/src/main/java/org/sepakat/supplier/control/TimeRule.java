package org.sepakat.supplier.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@link AlignmentRule#TIME}: a supplier's response or resolution time, plus the provider's
 * internal handling, must fit inside the customer's time, each counted on its own calendar.
 *
 * <p><b>Elapsed time of N service hours.</b> On a weekly calendar, N hours of service time that
 * start at a moment t end at the moment when N hours of the calendar's service hours have passed
 * since t; the elapsed (wall-clock) time is that end minus t. Its <i>worst case</i> is the largest
 * elapsed time over every start t in the week (it is largest when t is a closing time). On 24×7 it
 * is N itself; 8 business hours on Monday–Friday 08:00–17:00 take at worst 71 hours: raised on
 * Friday at 17:00, the ticket's 8 hours run on Monday 08:00–16:00 (7 h + 48 h + 16 h).
 *
 * <p><b>The rule.</b> For every start minute t of the week (both calendars laid on one UTC week):
 * the customer's deadline is the end of the customer's hours from t; the ticket reaches the
 * supplier at t + internal handling (elapsed), and the supplier's time ends at the end of the
 * supplier's hours from then; the supplier must end no later than the customer's deadline.
 * Comparing the two worst cases alone would not do: a customer's 8 hours on 8×5 (worst case 71 h)
 * seem to hold a supplier's 48 hours on 24×7, yet a ticket raised on Monday at 08:00 is due to the
 * customer at 16:00 and to the supplier on Wednesday. The verdict gives both worst cases and, when
 * misaligned, the largest shortfall and the start (day and time in the customer's zone) where it
 * happens first. Both curves change slope only at whole minutes, so checking every start minute is
 * exact. The customer's hours are cut down to the minute, the supplier's and the handling rounded
 * up, so rounding never makes a pair look aligned.
 */
final class TimeRule {

    private static final BigDecimal SIXTY = new BigDecimal(60);

    private final LocalDate today;

    TimeRule(LocalDate today) {
        this.today = today;
    }

    Verdict verdict(CustomerTarget customer, SupplierTarget supplier) {
        WeeklyServiceHours wanted = WeeklyServiceHours.of(customer.calendar(), today);
        WeeklyServiceHours offered = WeeklyServiceHours.of(supplier.calendar(), today);
        BigDecimal customerHours = customer.target().withinHours();
        BigDecimal supplierHours = supplier.target().withinHours();
        long allowed = minutes(customerHours, RoundingMode.DOWN);
        long needed = minutes(supplierHours, RoundingMode.UP);
        long handling = (customer.internalHandling().getSeconds() + 59) / 60;
        if (offered.weeklyMinutes() == 0) {
            return new Verdict(
                    AlignmentRule.TIME,
                    Alignment.MISALIGNED,
                    supplier.contract(),
                    "alignment.time.noServiceHours",
                    List.of(customer.name(), supplier.contract()));
        }
        long worstSlack = Long.MAX_VALUE;
        long worstStart = 0;
        for (long start = 0; start < WeeklyServiceHours.WEEK; start++) {
            OptionalLong deadline = wanted.finish(start, allowed);
            if (deadline.isEmpty()) {
                continue;
            }
            long slack = deadline.getAsLong()
                    - offered.finish(start + handling, needed).getAsLong();
            if (slack < worstSlack) {
                worstSlack = slack;
                worstStart = start;
            }
        }
        List<Object> arguments = new ArrayList<>(List.of(
                customer.name(),
                supplier.contract(),
                supplierHours,
                hours(handling),
                customerHours,
                hours(offered.worstCaseElapsed(needed).getAsLong()),
                worst(wanted, allowed)));
        if (worstSlack >= 0) {
            return new Verdict(
                    AlignmentRule.TIME, Alignment.ALIGNED, supplier.contract(), "alignment.time.fits", arguments);
        }
        arguments.add(hours(-worstSlack));
        arguments.add(wanted.localDay(worstStart));
        arguments.add(wanted.localTime(worstStart));
        return new Verdict(
                AlignmentRule.TIME, Alignment.MISALIGNED, supplier.contract(), "alignment.time.exceeds", arguments);
    }

    /** The customer's worst case; a customer calendar without service hours never runs out (shown as 0). */
    private static BigDecimal worst(WeeklyServiceHours hours, long minutes) {
        OptionalLong elapsed = hours.worstCaseElapsed(minutes);
        return hours(elapsed.isPresent() ? elapsed.getAsLong() : 0);
    }

    private static long minutes(BigDecimal hours, RoundingMode rounding) {
        return hours.multiply(SIXTY).setScale(0, rounding).longValueExact();
    }

    /** Minutes as hours with two decimals: 4,260 minutes are 71.00 hours. */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}
