package org.sepakat.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.schedule.boundary.ReviewSchedules;
import org.sepakat.schedule.entity.ReviewSchedule;
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
        model = new PagedModel<>(boundary::list, ReviewSchedule::getId);
    }

    public void load() {
        PageGuard.allow(userSession.isCanReadSchedules());
    }

    public PagedModel<ReviewSchedule> getSchedules() {
        return model;
    }

    /** From the schedule's timer, in the user's zone; none while disabled. */
    public String nextRun(ReviewSchedule schedule) {
        return ScheduleTime.of(schedules.nextRun(schedule.getId()).orElse(null), userSession);
    }
}
