package org.sepakat.web.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sepakat.common.Messages;
import org.sepakat.schedule.entity.ScheduleRule;

/**
 * A schedule's day of the month in the user's words: "Day 9", "Last day", "2 days before the
 * last day". The stored numbers 0 and −1..−3 are never shown.
 */
@Named
@ApplicationScoped
public class ScheduleDays {

    /** What the edit page offers, in this order: 1..28, the last day, then 1..3 days before it. */
    static final List<Integer> CHOICES = Stream.concat(
                    IntStream.rangeClosed(1, ScheduleRule.LATEST_FIXED_DAY).boxed(),
                    IntStream.iterate(ScheduleRule.LAST_DAY, d -> d >= ScheduleRule.EARLIEST_DAY, d -> d - 1)
                            .boxed())
            .toList();

    public List<Integer> getChoices() {
        return CHOICES;
    }

    /** A choice of the edit page's list: the number for days 1..28, else what the day is. */
    public String choice(int day) {
        return day > ScheduleRule.LAST_DAY ? String.valueOf(day) : label(day);
    }

    /** The day as the list and the pages write it. */
    public String label(int day) {
        return label(FacesContext.getCurrentInstance().getViewRoot().getLocale(), day);
    }

    static String label(Locale locale, int day) {
        if (day > ScheduleRule.LAST_DAY) {
            return Messages.text(locale, "schedule.day.fixed", day);
        }
        if (day == ScheduleRule.LAST_DAY) {
            return Messages.text(locale, "schedule.day.last");
        }
        return Messages.text(locale, "schedule.day.beforeLast", -day);
    }
}
