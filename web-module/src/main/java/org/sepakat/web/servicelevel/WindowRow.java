package org.sepakat.web.servicelevel;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.WindowData;
import org.sepakat.shared.terms.Recurrence;

/** One editable maintenance window (SLM-5); only the day field that fits the recurrence is kept. */
public class WindowRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Recurrence recurrence = Recurrence.WEEKLY;
    private LocalDate onDate;
    private DayOfWeek onDayOfWeek;
    private Integer onDayOfMonth;
    private LocalTime startsAt;
    private Integer durationMinutes;

    static WindowRow of(MaintenanceWindow window) {
        WindowRow row = new WindowRow();
        row.name = window.getName();
        row.recurrence = window.getRecurrence();
        row.onDate = window.getOnDate();
        row.onDayOfWeek = window.getOnDayOfWeek();
        row.onDayOfMonth = window.getOnDayOfMonth();
        row.startsAt = window.getStartsAt();
        row.durationMinutes = window.getDurationMinutes();
        return row;
    }

    WindowData toData() {
        return new WindowData(
                name,
                recurrence,
                recurrence == Recurrence.ONCE ? onDate : null,
                recurrence == Recurrence.WEEKLY ? onDayOfWeek : null,
                recurrence == Recurrence.MONTHLY ? onDayOfMonth : null,
                startsAt,
                durationMinutes);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public void setOnDate(LocalDate onDate) {
        this.onDate = onDate;
    }

    public DayOfWeek getOnDayOfWeek() {
        return onDayOfWeek;
    }

    public void setOnDayOfWeek(DayOfWeek onDayOfWeek) {
        this.onDayOfWeek = onDayOfWeek;
    }

    public Integer getOnDayOfMonth() {
        return onDayOfMonth;
    }

    public void setOnDayOfMonth(Integer onDayOfMonth) {
        this.onDayOfMonth = onDayOfMonth;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }
}
