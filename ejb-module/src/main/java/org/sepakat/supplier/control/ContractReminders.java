package org.sepakat.supplier.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.supplier.entity.CommercialTerms;
import org.sepakat.supplier.entity.NoticeDeadline;
import org.sepakat.supplier.entity.ReminderKind;

/**
 * Which reminders a contract is due on a day (issue 13 §2): from {@code noticeDays} before its next notice deadline
 * up to that deadline, and from {@code expiryDays} before its expiry up to its last day. A day the timer missed is
 * caught up the day after, as long as the date has not passed; that a date is told once is the caller's claim
 * ({@code sup_reminder_sent}), keyed by the date returned here.
 */
public final class ContractReminders {

    /**
     * One reminder: of a notice deadline ({@code date} the last day to give notice, or for an express renewal to
     * record it; {@code endsOn} the last day of the term it ends) or of the expiry ({@code date} = {@code endsOn}, the
     * contract's last day).
     */
    public record Due(ReminderKind kind, LocalDate date, LocalDate endsOn) {}

    private ContractReminders() {}

    public static List<Due> due(CommercialTerms terms, int noticeDays, int expiryDays, LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (terms == null) {
            return due;
        }
        terms.nextNoticeDeadline(today)
                .filter(deadline -> within(deadline.lastDay(), noticeDays, today))
                .map(ContractReminders::notice)
                .ifPresent(due::add);
        terms.expiry()
                .filter(last -> within(last, expiryDays, today))
                .map(last -> new Due(ReminderKind.EXPIRY, last, last))
                .ifPresent(due::add);
        return due;
    }

    private static Due notice(NoticeDeadline deadline) {
        return new Due(ReminderKind.NOTICE, deadline.lastDay(), deadline.endsContractOn());
    }

    /** From {@code days} before {@code date} up to the date itself. */
    private static boolean within(LocalDate date, int days, LocalDate today) {
        return !today.isAfter(date) && !today.isBefore(date.minusDays(days));
    }
}
