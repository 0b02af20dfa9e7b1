package org.sepakat.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.sepakat.common.Messages;
import org.sepakat.schedule.boundary.ReviewSchedules;
import org.sepakat.schedule.entity.ReviewSchedule;
import org.sepakat.web.shared.ListColumn;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.PagedModel;
import org.sepakat.web.shared.UserSession;

/** The review schedules with when each runs next (SLM-6). */
@Named
@ViewScoped
public class ScheduleListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewSchedules schedules;

    @Inject
    UserSession userSession;

    private PagedModel<ReviewSchedule> model;

    @PostConstruct
    void init() {
        ReviewSchedules boundary = schedules;
        model = new PagedModel<ReviewSchedule>(boundary::list, ReviewSchedule::getId)
                .inUrl()
                .exportAs(
                        "schedules",
                        ListColumn.of("schedule.name", ReviewSchedule::getName),
                        ListColumn.label("schedule.kind", "enum.JobKind.", ReviewSchedule::getKind),
                        new ListColumn<>("schedule.runsAt", ScheduleListView::runsAt),
                        new ListColumn<>(
                                "schedule.enabled",
                                (s, locale) -> Messages.text(locale, s.isEnabled() ? "schedule.on" : "schedule.off")),
                        ListColumn.of("schedule.lastRun", ReviewSchedule::getLastFiredAt));
    }

    /** As the list shows it: "the last day at 06:00 (Asia/Jakarta)". */
    static String runsAt(ReviewSchedule schedule, Locale locale) {
        return Messages.text(
                locale,
                "schedule.runsAt.text",
                ScheduleDays.label(locale, schedule.getDayOfMonth()),
                String.format("%02d:%02d", schedule.getHour(), schedule.getMinute()),
                schedule.getTimeZone());
    }

    public void load() {
        PageGuard.allow(userSession.isCanReadSchedules());
    }

    public PagedModel<ReviewSchedule> getSchedules() {
        return model;
    }

    /** From the schedule's timer, in the schedule's zone; none while disabled. */
    public String nextRun(ReviewSchedule schedule) {
        return ScheduleTime.of(
                schedules.nextRun(schedule.getId()).orElse(null), schedule.getTimeZone(), userSession.getLocale());
    }
}
