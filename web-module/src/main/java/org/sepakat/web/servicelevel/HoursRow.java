package org.sepakat.web.servicelevel;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.sepakat.servicelevel.entity.CalendarData;
import org.sepakat.servicelevel.entity.WeeklyHours;

/** One editable line of a calendar's weekly service hours. */
public class HoursRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private DayOfWeek day;
    private LocalTime opens;
    private LocalTime closes;

    HoursRow() {}

    HoursRow(DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }

    static HoursRow of(WeeklyHours hours) {
        return new HoursRow(hours.getDay(), hours.getOpens(), hours.getCloses());
    }

    CalendarData.Hours toData() {
        return new CalendarData.Hours(day, opens, closes);
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public void setOpens(LocalTime opens) {
        this.opens = opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public void setCloses(LocalTime closes) {
        this.closes = closes;
    }
}
