package org.sepakat.web.servicelevel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sepakat.servicelevel.boundary.Calendars;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.web.shared.PagedModel;

/** The service-hours calendars that SLA targets are measured in. */
@Named
@ViewScoped
public class CalendarListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Calendars calendars;

    private PagedModel<ServiceCalendar> model;

    @PostConstruct
    void init() {
        Calendars boundary = calendars;
        model = new PagedModel<>(boundary::list, ServiceCalendar::getId);
    }

    public PagedModel<ServiceCalendar> getCalendars() {
        return model;
    }
}
