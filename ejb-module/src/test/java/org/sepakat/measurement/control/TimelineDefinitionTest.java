package org.sepakat.measurement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.servicelevel.entity.Holiday;
import org.sepakat.servicelevel.entity.MaintenanceWindow;
import org.sepakat.servicelevel.entity.ServiceCalendar;
import org.sepakat.servicelevel.entity.WeeklyHours;
import org.sepakat.shared.terms.Recurrence;

class TimelineDefinitionTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final long DAY = 86_400;

    private static ServiceCalendar jakartaOffice() {
        ServiceCalendar calendar = new ServiceCalendar("JKT", "Kantor", "Asia/Jakarta");
        calendar.replaceHours(Stream.of(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .map(d -> new WeeklyHours(d, LocalTime.of(8, 0), LocalTime.of(17, 0)))
                .toList());
        calendar.replaceHolidays(List.of(new Holiday(LocalDate.of(2026, 3, 19), "Nyepi")));
        return calendar;
    }

    private static long jakarta(String local) {
        return LocalDateTime.parse(local).atZone(JAKARTA).toEpochSecond();
    }

    private static long business(List<Slot> slots, long from, long to) {
        return Slot.businessAt(slots, to) - Slot.businessAt(slots, from);
    }

    private static List<Slot> slotsAround(TimelineDefinition definition, long from, long to) {
        return definition.slots(Math.floorDiv(from, DAY) - 1, Math.floorDiv(to, DAY) + 1, 0);
    }

    @Test
    @DisplayName("Business hours in Asia/Jakarta skip the weekend: Friday 15:00 to Monday 10:00 is 4 hours")
    void acrossAWeekendInJakarta() {
        TimelineDefinition office = TimelineDefinition.of(jakartaOffice().term());
        long from = jakarta("2026-03-13T15:00");
        long to = jakarta("2026-03-16T10:00");
        assertThat(business(slotsAround(office, from, to), from, to)).isEqualTo(4 * 3600);
    }

    @Test
    @DisplayName("A holiday has no business hours: Wednesday 16:00 to Friday 09:00 over Nyepi is 2 hours")
    void acrossAHoliday() {
        TimelineDefinition office = TimelineDefinition.of(jakartaOffice().term());
        long from = jakarta("2026-03-18T16:00");
        long to = jakarta("2026-03-20T09:00");
        assertThat(business(slotsAround(office, from, to), from, to)).isEqualTo(2 * 3600);
    }

    @Test
    @DisplayName("Slots agree with ServiceCalendar.businessTimeBetween for any two moments")
    void slotsAgreeWithTheCalendar() {
        ServiceCalendar calendar = jakartaOffice();
        TimelineDefinition office = TimelineDefinition.of(calendar.term());
        long start = jakarta("2026-02-20T00:00");
        List<Slot> slots = office.slots(Math.floorDiv(start, DAY), Math.floorDiv(start, DAY) + 70, 1_000);
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            long a = start + random.nextInt(55 * 86_400);
            long b = a + random.nextInt(10 * 86_400);
            assertThat(business(slots, a, b))
                    .as("%s..%s", Instant.ofEpochSecond(a), Instant.ofEpochSecond(b))
                    .isEqualTo(calendar.businessTimeBetween(Instant.ofEpochSecond(a), Instant.ofEpochSecond(b))
                            .getSeconds());
        }
    }

    @Test
    @DisplayName("Every UTC day is cut into slots without gaps, and the business seconds run on from slot to slot")
    void slotsPartitionEveryDay() {
        List<Slot> slots = TimelineDefinition.of(jakartaOffice().term()).slots(20_500, 20_520, 0);
        for (int i = 1; i < slots.size(); i++) {
            Slot before = slots.get(i - 1);
            Slot next = slots.get(i);
            assertThat(next.from()).isEqualTo(before.to());
            assertThat(next.cumBefore()).isEqualTo(before.cumBefore() + before.openSeconds());
            assertThat(next.day()).isEqualTo(Math.floorDiv(next.from(), DAY));
        }
        assertThat(slots.get(0).from()).isEqualTo(20_500 * DAY);
        assertThat(slots.get(slots.size() - 1).to()).isEqualTo(20_521 * DAY);
    }

    @Test
    @DisplayName("Round the clock every second counts")
    void roundTheClock() {
        List<Slot> slots = TimelineDefinition.roundTheClock().slots(20_000, 20_010, 0);
        assertThat(business(slots, 20_000 * DAY + 5, 20_003 * DAY + 10)).isEqualTo(3 * DAY + 5);
    }

    @Test
    @DisplayName(
            "SLM-5: a maintenance window from 30 April 17:00 for two days removes 1 May's service hours, not April's")
    void maintenanceWindowAcrossAMonthBoundary() {
        ServiceCalendar weekdays = new ServiceCalendar("UTC", "Weekdays", "UTC");
        weekdays.replaceHours(Stream.of(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .map(d -> new WeeklyHours(d, LocalTime.of(8, 0), LocalTime.of(18, 0)))
                .toList());
        TimelineDefinition hours = TimelineDefinition.of(weekdays.term());
        TimelineDefinition service = hours.without(
                List.of(new MaintenanceWindow(
                                "Upgrade",
                                Recurrence.ONCE,
                                LocalDate.of(2026, 4, 30),
                                null,
                                null,
                                LocalTime.of(17, 0),
                                2880)
                        .term()),
                "UTC");
        long april = LocalDate.of(2026, 4, 1).atStartOfDay(ZoneId.of("UTC")).toEpochSecond();
        long may = LocalDate.of(2026, 5, 1).atStartOfDay(ZoneId.of("UTC")).toEpochSecond();
        long june = LocalDate.of(2026, 6, 1).atStartOfDay(ZoneId.of("UTC")).toEpochSecond();
        List<Slot> withWindow = slotsAround(service, april, june);
        List<Slot> without = slotsAround(hours, april, june);
        assertThat(business(without, may, june)).isEqualTo(21 * 10 * 3600);
        assertThat(business(withWindow, may, june)).isEqualTo(20 * 10 * 3600);
        assertThat(business(without, april, may) - business(withWindow, april, may))
                .isEqualTo(3600);
        assertThat(service.id()).isNotEqualTo(hours.id());
    }

    @Test
    @DisplayName("A definition reads as it always did, so the timelines already stored keep their ids")
    void definitionTextIsStable() {
        TimelineDefinition office = TimelineDefinition.of(jakartaOffice().term());
        TimelineDefinition service = office.without(
                List.of(new MaintenanceWindow(
                                "Patching", Recurrence.WEEKLY, null, DayOfWeek.SUNDAY, null, LocalTime.of(22, 0), 120)
                        .term()),
                "Asia/Jakarta");

        assertThat(office.text())
                .isEqualTo("Asia/Jakarta FRIDAY 08:00-17:00,MONDAY 08:00-17:00,THURSDAY 08:00-17:00,"
                        + "TUESDAY 08:00-17:00,WEDNESDAY 08:00-17:00 closed 2026-03-19");
        assertThat(service.text()).isEqualTo(office.text() + " minus Asia/Jakarta every SUNDAY from 22:00 for 120 min");
    }

    @Test
    @DisplayName("Identical definitions share one timeline id; a changed holiday gives another")
    void equalDefinitionsShareAnId() {
        ServiceCalendar changed = jakartaOffice();
        changed.replaceHolidays(List.of(new Holiday(LocalDate.of(2026, 3, 20), "Idul Fitri")));
        assertThat(TimelineDefinition.of(jakartaOffice().term()).id())
                .isEqualTo(TimelineDefinition.of(jakartaOffice().term()).id());
        assertThat(TimelineDefinition.of(changed.term()).id())
                .isNotEqualTo(TimelineDefinition.of(jakartaOffice().term()).id());
    }

    @Test
    @DisplayName(
            "A pause counts only its business time: opened Friday 16:00, paused Friday 16:30 to Monday 09:00, answered Monday 10:00 is 1.5 hours")
    void pauseAcrossAWeekend() {
        List<Slot> slots = slotsAround(
                TimelineDefinition.of(jakartaOffice().term()),
                jakarta("2026-03-13T00:00"),
                jakarta("2026-03-17T00:00"));
        long opened = jakarta("2026-03-13T16:00");
        long answered = jakarta("2026-03-16T10:00");
        long paused = business(slots, jakarta("2026-03-13T16:30"), jakarta("2026-03-16T09:00"));
        assertThat(paused).isEqualTo(90 * 60);
        assertThat(business(slots, opened, answered) - paused).isEqualTo(90 * 60);
    }

    @Test
    @DisplayName(
            "A day to 24:00: Friday 20:00–24:00 and Saturday 00:00–24:00 in Jakarta are 4 + 24 = 28 hours from Friday noon"
                    + " to Sunday noon, and the text names 24:00")
    void aDayRunsTo24() {
        ServiceCalendar evenings = new ServiceCalendar("EVE", "Evenings", "Asia/Jakarta");
        evenings.replaceHours(List.of(
                new WeeklyHours(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT),
                new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        TimelineDefinition definition = TimelineDefinition.of(evenings.term());
        // Friday 6 March 2026 12:00 WIB to Sunday 8 March 12:00 WIB
        long from = jakarta("2026-03-06T12:00");
        long to = jakarta("2026-03-08T12:00");

        assertThat(business(slotsAround(definition, from, to), from, to)).isEqualTo(28 * 3_600L);
        assertThat(definition.text()).contains("FRIDAY 20:00-24:00", "SATURDAY 00:00-24:00");
    }
}
