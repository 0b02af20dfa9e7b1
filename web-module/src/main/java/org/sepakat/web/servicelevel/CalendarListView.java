package org.sepakat.web.servicelevel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sepakat.common.Messages;
import org.sepakat.servicelevel.boundary.Calendars;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.web.shared.ListColumn;
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
        model = new PagedModel<ServiceCalendar>(boundary::list, ServiceCalendar::getId)
                .inUrl("code", "name")
                .exportAs(
                        "calendars",
                        ListColumn.of("calendar.code", ServiceCalendar::getCode),
                        ListColumn.of("calendar.name", ServiceCalendar::getName),
                        ListColumn.of("calendar.timeZone", ServiceCalendar::getTimeZone),
                        new ListColumn<>("calendar.hours", CalendarListView::hours),
                        ListColumn.of(
                                "calendar.holidays", c -> (long) c.getHolidays().size()));
    }

    public PagedModel<ServiceCalendar> getCalendars() {
        return model;
    }

    /** The weekly hours as the list shows them: "Monday 08:00–17:00; Tuesday ...". */
    static String hours(ServiceCalendar calendar, Locale locale) {
        return calendar.getHours().stream()
                .map(h -> Messages.text(locale, "enum.DayOfWeek." + h.getDay()) + " " + h.getOpens() + "–"
                        + h.getCloses())
                .collect(Collectors.joining("; "));
    }
}
