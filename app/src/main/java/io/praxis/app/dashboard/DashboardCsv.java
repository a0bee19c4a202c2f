package io.praxis.app.dashboard;

import io.praxis.app.account.Account;
import io.praxis.app.dashboard.AtRiskRules.Reason;
import io.praxis.app.dashboard.CohortDashboard.AtRiskLearner;
import io.praxis.app.dashboard.CohortDashboard.LearnerRow;
import io.praxis.app.dashboard.CohortDashboard.ModuleColumn;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.SkillAreas;
import io.praxis.scoring.grading.CriterionGrade;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard's CSV exports, written for spreadsheets (RFC 4180: comma-separated, CRLF line
 * ends, UTF-8 with a byte-order mark so that Excel reads names with accents correctly).
 *
 * <p>Every cell goes through {@link #cell}: a value that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula by Excel, LibreOffice
 * or Google Sheets (CSV injection), so it gets a leading single quote; a value with a comma, a
 * double quote, a carriage return or a line feed is enclosed in double quotes, with inner double
 * quotes doubled. Numbers we write never start with those characters, so they stay numbers.
 */
final class DashboardCsv {

    /** Excel needs it to read UTF-8; other tools skip it. */
    static final String BOM = "\uFEFF";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private DashboardCsv() {
    }

    /** One cell, escaped against formula injection and quoted when needed; null is empty. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        if ("=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** One line of cells, ending in CRLF. */
    static String row(List<String> cells) {
        return cells.stream().map(DashboardCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * The progress export: one row per learner with lessons completed per module and in total,
     * last activity, attempts, average score and at-risk reasons (joined by "; ").
     */
    static String progress(CohortDashboard d) {
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(List.of("learner", "email", "account"));
        for (ModuleColumn m : d.modules()) {
            header.add(m.title() + " (of " + m.lessons() + ")");
        }
        header.addAll(List.of("lessons completed", "lessons total", "percent complete", "last activity (UTC)",
                "attempts submitted", "average score", "at risk"));
        out.append(row(header));
        Map<Long, AtRiskLearner> risks = d.atRisk().stream()
                .collect(Collectors.toMap(AtRiskLearner::id, r -> r));
        int total = d.totalLessons();
        for (LearnerRow l : d.learners()) {
            List<String> cells = new ArrayList<>(List.of(l.name(), l.email(), l.active() ? "active" : "deactivated"));
            l.completedByModule().forEach(n -> cells.add(String.valueOf(n)));
            cells.add(String.valueOf(l.completed()));
            cells.add(String.valueOf(total));
            cells.add(total == 0 ? "0" : String.valueOf(Math.round(100.0 * l.completed() / total)));
            cells.add(iso(l.lastActivity()));
            cells.add(String.valueOf(l.attempts()));
            cells.add(l.averageScore() == null ? "" : decimal(l.averageScore()));
            AtRiskLearner risk = risks.get(l.id());
            cells.add(risk == null ? "" : risk.reasons().stream().map(Reason::text).collect(Collectors.joining("; ")));
            out.append(row(cells));
        }
        return out.toString();
    }

    /**
     * The scores export: one row per submitted attempt, oldest first, with the overall score,
     * the grader's confidence and review flag, and the average criterion level (0-3) in each
     * skill area the attempt was graded on (empty where it was not).
     *
     * @param learners the cohort's learners (for names and e-mails)
     */
    static String scores(List<Account> learners, List<AttemptView> attempts) {
        Map<Long, Account> byId = new HashMap<>();
        learners.forEach(a -> byId.put(a.getId(), a));
        List<String> areas = AtRiskRules.areaOrder();
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(List.of("learner", "email", "type", "item id", "item", "submitted (UTC)",
                "status", "score", "confidence", "needs review"));
        areas.forEach(a -> header.add(a + " (level 0-3)"));
        out.append(row(header));
        for (AttemptView a : attempts) {
            Account learner = byId.get(a.userId());
            if (learner == null) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(learner.getDisplayName(), learner.getEmail(),
                    a.itemType().name().toLowerCase(Locale.ROOT), a.itemId(), a.itemTitle(), iso(a.submittedAt()),
                    a.status().name().toLowerCase(Locale.ROOT), a.score() == null ? "" : String.valueOf(a.score()),
                    a.confidence() == null ? "" : decimal(a.confidence()), a.needsReview() ? "yes" : "no"));
            Map<String, double[]> levels = new LinkedHashMap<>();
            if (a.report() != null) {
                for (CriterionGrade c : a.report().criteria()) {
                    double[] sum = levels.computeIfAbsent(SkillAreas.of(c.criterionId()), k -> new double[2]);
                    sum[0] += c.level();
                    sum[1]++;
                }
            }
            for (String area : areas) {
                double[] sum = levels.get(area);
                cells.add(sum == null ? "" : decimal(sum[0] / sum[1]));
            }
            out.append(row(cells));
        }
        return out.toString();
    }

    private static String iso(Instant t) {
        return t == null ? "" : ISO.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String decimal(double v) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
