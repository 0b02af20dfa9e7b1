package org.sepakat.web.servicelevel;

import java.io.Serializable;
import java.time.LocalDate;
import org.sepakat.servicelevel.entity.CalendarData;
import org.sepakat.servicelevel.entity.Holiday;

/** One editable holiday of a calendar: a day without service hours. */
public class HolidayRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String name;

    static HolidayRow of(Holiday holiday) {
        HolidayRow row = new HolidayRow();
        row.date = holiday.getDate();
        row.name = holiday.getName();
        return row;
    }

    CalendarData.Day toData() {
        return new CalendarData.Day(date, name == null || name.isBlank() ? null : name.trim());
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
