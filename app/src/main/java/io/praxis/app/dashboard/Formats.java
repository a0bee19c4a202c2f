package io.praxis.app.dashboard;

import io.praxis.app.practice.AttemptStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the dashboard pages write dates, durations and statuses. */
final class Formats {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The date of an instant in the application's zone, or "never" for null. */
    static String day(Instant at, ZoneId zone) {
        return at == null ? "never" : DAY.format(LocalDate.ofInstant(at, zone));
    }

    /** A duration in the largest sensible unit: "45 min", "5 h 10 min", "3 days 4 h". */
    static String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long days = hours / 24;
        return days + (days == 1 ? " day" : " days") + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    static String status(AttemptStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case SUBMITTED -> "Graded";
            case IN_REVIEW -> "In review";
            case REVIEWED -> "Reviewed";
        };
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
