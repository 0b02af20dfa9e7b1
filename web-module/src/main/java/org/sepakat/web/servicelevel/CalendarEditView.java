package org.sepakat.web.servicelevel;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.sepakat.servicelevel.boundary.Calendars;
import org.sepakat.servicelevel.entity.CalendarData;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.shared.entity.HistoryEntry;
import org.sepakat.web.shared.AllAtOnce;
import org.sepakat.web.shared.Attempt;
import org.sepakat.web.shared.PageGuard;
import org.sepakat.web.shared.ShownRecord;
import org.sepakat.web.shared.UserSession;

/** Creates or changes a service-hours calendar: weekly hours and holidays in one time zone. */
@Named
@ViewScoped
public class CalendarEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "calendarForm";
    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);

    @Inject
    Calendars calendars;

    @Inject
    ShownRecord<ServiceCalendar> shown;

    @Inject
    UserSession userSession;

    @Inject
    Attempt attempt;

    @Inject
    AllAtOnce allAtOnce;

    private Long id;
    private Long version;
    private String code;
    private String name;
    private String timeZone = SlaDraft.DEFAULT_ZONE;
    private final List<HoursRow> hours = new ArrayList<>();
    private final List<HolidayRow> holidays = new ArrayList<>();

    public void load() {
        if (id == null) {
            if (PageGuard.allow(userSession.isCanEditSlas())) {
                for (DayOfWeek day : List.of(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)) {
                    hours.add(new HoursRow(day, OPENS, CLOSES));
                }
            }
            return;
        }
        shown.load(() -> calendars.find(id)).ifPresent(this::edit);
    }

    private void edit(ServiceCalendar calendar) {
        version = calendar.getVersion();
        code = calendar.getCode();
        name = calendar.getName();
        timeZone = calendar.getTimeZone();
        hours.clear();
        calendar.getHours().stream().map(HoursRow::of).forEach(hours::add);
        holidays.clear();
        calendar.getHolidays().stream().map(HolidayRow::of).forEach(holidays::add);
    }

    public String save() {
        CalendarData data = data();
        if (id == null) {
            return attempt.saveAndOpen(() -> calendars.create(data), FORM, "calendar.saved", "/calendars/edit");
        }
        if (attempt.run(() -> edit(shown.show(calendars.update(id, data))), FORM)) {
            attempt.done("calendar.saved", code);
        }
        return null;
    }

    /** A save the page refused a field of still names the problems of the rest (issue 12 §4). */
    public void checkAll(ComponentSystemEvent event) {
        if (isEditable()) {
            allAtOnce.afterRefusal(event, "saveButton", () -> calendars.check(id, data()));
        }
    }

    private CalendarData data() {
        return new CalendarData(
                code,
                name,
                timeZone,
                hours.stream().map(HoursRow::toData).toList(),
                holidays.stream().map(HolidayRow::toData).toList(),
                version);
    }

    public void addHours() {
        hours.add(new HoursRow(DayOfWeek.MONDAY, OPENS, CLOSES));
    }

    public void removeHours(HoursRow row) {
        hours.remove(row);
    }

    public void addHoliday() {
        holidays.add(new HolidayRow());
    }

    public void removeHoliday(HolidayRow row) {
        holidays.remove(row);
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isEditable() {
        return userSession.isCanEditSlas();
    }

    public List<HoursRow> getHours() {
        return hours;
    }

    public List<HolidayRow> getHolidays() {
        return holidays;
    }

    public List<HistoryEntry> getChanges() {
        return shown.changes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
