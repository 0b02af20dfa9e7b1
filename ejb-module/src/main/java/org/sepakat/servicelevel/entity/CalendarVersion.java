package org.sepakat.servicelevel.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sepakat.shared.terms.CalendarTerm;

/**
 * A calendar as one save left it (changelog 017): its code, zone, weekly hours and holidays, when
 * and by whom it was saved; kept unchanged for ever, so that a period can be measured again by the
 * calendars as they stood when its report was made. A calendar saved before versions were kept has
 * one version, stamped with its last change.
 */
@Entity
@Table(name = "sl_calendar_version")
@NamedQuery(
        name = CalendarVersion.OF_CODES,
        query =
                "SELECT v FROM CalendarVersion v WHERE v.calendarId IN"
                        + " (SELECT w.calendarId FROM CalendarVersion w WHERE w.code IN :codes) ORDER BY v.calendarId, v.number")
@NamedQuery(
        name = CalendarVersion.LAST_NUMBER,
        query = "SELECT MAX(v.number) FROM CalendarVersion v WHERE v.calendarId = :calendar")
public class CalendarVersion {

    /** Every version of the calendars that ever had one of these codes, by calendar and number. */
    public static final String OF_CODES = "CalendarVersion.ofCodes";

    public static final String LAST_NUMBER = "CalendarVersion.lastNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sepakatIds")
    private Long id;

    @Column(name = "calendar_id", nullable = false)
    private Long calendarId;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sl_calendar_version_hours", joinColumns = @JoinColumn(name = "version_id"))
    private List<WeeklyHours> hours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sl_calendar_version_holiday", joinColumns = @JoinColumn(name = "version_id"))
    private List<Holiday> holidays = new ArrayList<>();

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 100)
    private String savedBy;

    protected CalendarVersion() {}

    /** Version {@code number} of {@code calendar}: what its last save (its change stamp) left. */
    public CalendarVersion(ServiceCalendar calendar, int number) {
        this.calendarId = Objects.requireNonNull(calendar.getId());
        this.number = number;
        this.code = calendar.getCode();
        this.timeZone = calendar.getTimeZone();
        this.hours.addAll(calendar.getHours());
        this.holidays.addAll(calendar.getHolidays());
        this.savedAt = calendar.getChangedAt();
        this.savedBy = calendar.getChangedBy();
    }

    /** The calendar as the published terms read it, as this version left it. */
    public CalendarTerm term() {
        return new CalendarTerm(
                code,
                timeZone,
                hours.stream().map(WeeklyHours::term).toList(),
                holidays.stream().map(Holiday::getDate).toList());
    }

    public Long getCalendarId() {
        return calendarId;
    }

    public int getNumber() {
        return number;
    }

    public String getCode() {
        return code;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }
}
