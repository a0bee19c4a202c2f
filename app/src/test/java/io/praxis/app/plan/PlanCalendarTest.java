package io.praxis.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Plan dates as plain unit tests: weeks are seven calendar days from the start, whatever the
 * month or leap year, and "today" is the date in the plan's zone, so daylight-saving changes
 * move a week's turnover by an hour in UTC but never by a day in the learner's calendar.
 */
class PlanCalendarTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void weeksRunSevenDaysFromTheStartAndEndNinetyDaysLater() {
        PlanCalendar c = new PlanCalendar(LocalDate.of(2026, 9, 7));
        assertThat(c.weekStart(1)).isEqualTo("2026-09-07");
        assertThat(c.weekEnd(1)).isEqualTo("2026-09-13");
        assertThat(c.weekStart(2)).isEqualTo("2026-09-14");
        assertThat(c.weekEnd(13)).isEqualTo("2026-12-06");
        assertThat(c.end()).isEqualTo(LocalDate.of(2026, 9, 7).plusDays(90));
        assertThat(c.weekOf(LocalDate.of(2026, 9, 6))).isZero();
        assertThat(c.weekOf(LocalDate.of(2026, 9, 7))).isEqualTo(1);
        assertThat(c.weekOf(LocalDate.of(2026, 9, 13))).isEqualTo(1);
        assertThat(c.weekOf(LocalDate.of(2026, 9, 14))).isEqualTo(2);
        assertThat(c.weekOf(LocalDate.of(2026, 12, 6))).isEqualTo(13);
        assertThat(c.weekOf(LocalDate.of(2026, 12, 7))).isEqualTo(14);
    }

    @Test
    void weeksCrossMonthEndsOfEveryLength() {
        // 31-day month into February (2026 is not a leap year).
        PlanCalendar january = new PlanCalendar(LocalDate.of(2026, 1, 31));
        assertThat(january.weekEnd(1)).isEqualTo("2026-02-06");
        assertThat(january.weekStart(5)).isEqualTo("2026-02-28");
        assertThat(january.weekEnd(5)).isEqualTo("2026-03-06");
        assertThat(january.weekOf(LocalDate.of(2026, 3, 1))).isEqualTo(5);
        // February in a non-leap and a leap year: 28 February is followed by 1 March or 29 February.
        assertThat(new PlanCalendar(LocalDate.of(2026, 2, 25)).weekEnd(1)).isEqualTo("2026-03-03");
        assertThat(new PlanCalendar(LocalDate.of(2028, 2, 25)).weekEnd(1)).isEqualTo("2028-03-02");
        assertThat(new PlanCalendar(LocalDate.of(2028, 2, 25)).weekOf(LocalDate.of(2028, 2, 29))).isEqualTo(1);
        // 30-day month, and a plan that runs over the turn of the year.
        assertThat(new PlanCalendar(LocalDate.of(2026, 4, 27)).weekEnd(1)).isEqualTo("2026-05-03");
        PlanCalendar december = new PlanCalendar(LocalDate.of(2026, 12, 28));
        assertThat(december.weekEnd(1)).isEqualTo("2027-01-03");
        assertThat(december.end()).isEqualTo("2027-03-28");
        assertThat(december.weekOf(LocalDate.of(2027, 1, 1))).isEqualTo(1);
    }

    @Test
    void springForwardInBerlinTurnsTheWeekOverAtLocalMidnight() {
        // Clocks in Berlin go from 02:00 to 03:00 on Sunday 29 March 2026; week 1 has 167 hours.
        PlanCalendar c = new PlanCalendar(LocalDate.of(2026, 3, 23));
        Instant week2 = c.weekStart(2).atStartOfDay(BERLIN).toInstant();
        assertThat(week2).isEqualTo("2026-03-29T22:00:00Z");
        Instant naiveWeek2 = c.start().atStartOfDay(BERLIN).toInstant().plus(Duration.ofDays(7));
        assertThat(naiveWeek2).as("adding 7x24 hours would be an hour late").isEqualTo("2026-03-29T23:00:00Z");

        Instant halfPastMidnight = Instant.parse("2026-03-29T22:30:00Z");
        assertThat(PlanCalendar.dateIn(halfPastMidnight, BERLIN)).isEqualTo("2026-03-30");
        assertThat(c.weekOf(PlanCalendar.dateIn(halfPastMidnight, BERLIN))).isEqualTo(2);
        assertThat(c.weekOf(PlanCalendar.dateIn(halfPastMidnight, ZoneOffset.UTC)))
                .as("the same instant is still Sunday in UTC").isEqualTo(1);
        Instant justBefore = Instant.parse("2026-03-29T21:59:59Z");
        assertThat(c.weekOf(PlanCalendar.dateIn(justBefore, BERLIN))).isEqualTo(1);
        // The day of the change itself is one calendar day, inside week 1.
        assertThat(c.weekOf(LocalDate.of(2026, 3, 29))).isEqualTo(1);
        assertThat(Duration.between(c.weekStart(1).atStartOfDay(BERLIN), c.weekStart(2).atStartOfDay(BERLIN)))
                .isEqualTo(Duration.ofHours(167));
    }

    @Test
    void fallBackInBerlinTurnsTheWeekOverAtLocalMidnight() {
        // Clocks in Berlin go from 03:00 back to 02:00 on Sunday 25 October 2026; week 1 has 169 hours.
        PlanCalendar c = new PlanCalendar(LocalDate.of(2026, 10, 19));
        Instant week2 = c.weekStart(2).atStartOfDay(BERLIN).toInstant();
        assertThat(week2).isEqualTo("2026-10-25T23:00:00Z");
        Instant naiveWeek2 = c.start().atStartOfDay(BERLIN).toInstant().plus(Duration.ofDays(7));
        assertThat(naiveWeek2).as("adding 7x24 hours would be an hour early").isEqualTo("2026-10-25T22:00:00Z");

        Instant lateSundayEvening = Instant.parse("2026-10-25T22:30:00Z");
        assertThat(ZonedDateTime.ofInstant(lateSundayEvening, BERLIN).getHour()).isEqualTo(23);
        assertThat(c.weekOf(PlanCalendar.dateIn(lateSundayEvening, BERLIN))).as("still Sunday in Berlin")
                .isEqualTo(1);
        assertThat(c.weekOf(PlanCalendar.dateIn(Instant.parse("2026-10-25T23:00:00Z"), BERLIN))).isEqualTo(2);
        // The repeated hour 02:00-03:00 on the day of the change stays on 25 October.
        assertThat(PlanCalendar.dateIn(Instant.parse("2026-10-25T00:30:00Z"), BERLIN)).isEqualTo("2026-10-25");
        assertThat(PlanCalendar.dateIn(Instant.parse("2026-10-25T01:30:00Z"), BERLIN)).isEqualTo("2026-10-25");
        assertThat(Duration.between(c.weekStart(1).atStartOfDay(BERLIN), c.weekStart(2).atStartOfDay(BERLIN)))
                .isEqualTo(Duration.ofHours(169));
    }

    @Test
    void theSameInstantCanBeDifferentDaysInDifferentZones() {
        Instant instant = Instant.parse("2026-09-13T23:30:00Z");
        PlanCalendar c = new PlanCalendar(LocalDate.of(2026, 9, 7));
        assertThat(c.weekOf(PlanCalendar.dateIn(instant, ZoneId.of("America/Los_Angeles")))).isEqualTo(1);
        assertThat(c.weekOf(PlanCalendar.dateIn(instant, BERLIN))).isEqualTo(2);
        assertThat(c.weekOf(PlanCalendar.dateIn(instant, ZoneId.of("Pacific/Auckland")))).isEqualTo(2);
    }

    @Test
    void weeksStartAtOne() {
        assertThatThrownBy(() -> new PlanCalendar(LocalDate.of(2026, 1, 1)).weekStart(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
