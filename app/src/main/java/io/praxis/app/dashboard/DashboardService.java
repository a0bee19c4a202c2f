package io.praxis.app.dashboard;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.dashboard.AtRiskRules.GradedAttempt;
import io.praxis.app.dashboard.AtRiskRules.PaceRule;
import io.praxis.app.dashboard.AtRiskRules.Reason;
import io.praxis.app.dashboard.CohortDashboard.AgeBucket;
import io.praxis.app.dashboard.CohortDashboard.AreaAverage;
import io.praxis.app.dashboard.CohortDashboard.AtRiskLearner;
import io.praxis.app.dashboard.CohortDashboard.Backlog;
import io.praxis.app.dashboard.CohortDashboard.ItemAttempts;
import io.praxis.app.dashboard.CohortDashboard.LearnerRow;
import io.praxis.app.dashboard.CohortDashboard.ModuleColumn;
import io.praxis.app.dashboard.CohortDashboard.Turnaround;
import io.praxis.app.dashboard.CohortDashboard.WeekCount;
import io.praxis.app.practice.AttemptStatus;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.practice.SkillAreas;
import io.praxis.app.study.StudyService;
import io.praxis.app.study.StudyService.LessonActivity;
import io.praxis.content.Curriculum;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.lesson.Module;
import io.praxis.scoring.grading.CriterionGrade;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort dashboard, the learner detail page and their CSV exports. Every method takes the
 * reader's account id and checks on the server, through {@link DashboardAccess}, that the
 * reader may see the cohort or learner: an admin any, a mentor only their own cohorts and those
 * cohorts' learners. A refusal and an unknown id both throw
 * {@link org.springframework.security.access.AccessDeniedException}.
 *
 * <p>A dashboard loads its data once, whatever the cohort's size: the members, the accounts,
 * the lesson activity of all its learners and their submitted attempts are one query each, and
 * plan pace and review turnaround are asked for all learners in one call each (their
 * implementations answer in a fixed number of queries); everything else is computed in memory.
 *
 * <p>Turnaround, reviews and plan pace come from the review and plan features through
 * {@link ReviewTurnaround}, {@link ReviewHistory} and {@link PlanPace}; a learner without a plan
 * is judged by the cohort's linear pace. Without such a bean (the features are optional beans)
 * the figures say "not available yet" and pace falls back to the linear pace for everyone.
 */
@Service
class DashboardService {

    /** A week, for the cohort-week arithmetic. */
    private static final int WEEK = 7;

    private final DashboardAccess access;
    private final CohortService cohorts;
    private final AccountService accounts;
    private final StudyService study;
    private final PracticeService practice;
    private final ObjectProvider<PlanPace> planPace;
    private final ObjectProvider<ReviewTurnaround> turnaround;
    private final ObjectProvider<ReviewHistory> reviewHistory;
    private final Clock clock;

    DashboardService(DashboardAccess access, CohortService cohorts, AccountService accounts, StudyService study,
            PracticeService practice, ObjectProvider<PlanPace> planPace, ObjectProvider<ReviewTurnaround> turnaround,
            ObjectProvider<ReviewHistory> reviewHistory, Clock clock) {
        this.access = access;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.study = study;
        this.practice = practice;
        this.planPace = planPace;
        this.turnaround = turnaround;
        this.reviewHistory = reviewHistory;
        this.clock = clock;
    }

    /** The cohorts the reader may open a dashboard of, newest first; empty for a mentor in none. */
    @Transactional(readOnly = true)
    public List<CohortService.CohortSummary> cohortsFor(long viewerId) {
        return access.visibleCohorts(access.viewer(viewerId));
    }

    /** The dashboard of a cohort the reader may see. */
    @Transactional(readOnly = true)
    public CohortDashboard dashboard(long viewerId, long cohortId) {
        Cohort cohort = access.cohort(access.viewer(viewerId), cohortId);
        return compute(load(cohort));
    }

    /** The learner detail page of a learner the reader may see. */
    @Transactional(readOnly = true)
    public LearnerDetail learner(long viewerId, long learnerId) {
        DashboardAccess.LearnerInCohort lic = access.learner(access.viewer(viewerId), learnerId);
        Account learner = lic.learner();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Curriculum curriculum = study.curriculum();
        List<LessonActivity> activity = study.activityOf(List.of(learnerId));
        List<AttemptView> attempts = practice.submittedBy(List.of(learnerId));

        Set<String> done = activity.stream().filter(a -> a.completedAt() != null).map(LessonActivity::lessonId)
                .collect(Collectors.toSet());
        List<LearnerDetail.ModuleRow> modules = curriculum.modules().stream().map(m -> {
            List<Lesson> lessons = curriculum.lessonsOf(m.id());
            int completed = (int) lessons.stream().filter(l -> done.contains(l.id())).count();
            return new LearnerDetail.ModuleRow(m.id(), m.title(), completed, lessons.size());
        }).toList();
        int completed = modules.stream().mapToInt(LearnerDetail.ModuleRow::completed).sum();
        int total = modules.stream().mapToInt(LearnerDetail.ModuleRow::total).sum();
        Instant last = lastActivity(activity, attempts);

        PlanPace plan = planPace.getIfAvailable();
        PlanPace.Pace pace = plan == null ? null : plan.pace(learnerId, today).orElse(null);
        Cohort cohort = lic.cohort().orElse(null);
        List<Reason> reasons = learner.isActive()
                ? assess(last, completed, total, cohort, pace, attempts, now, today) : List.of();

        List<LearnerDetail.AttemptRow> rows = attempts.reversed().stream().map(a -> new LearnerDetail.AttemptRow(
                a.id(), a.itemType(), a.itemTitle(), a.submittedAt(), a.status(), a.score() == null ? 0 : a.score(),
                a.confidence() == null ? 0 : a.confidence(), a.needsReview())).toList();
        ReviewHistory history = reviewHistory.getIfAvailable();
        LearnerDetail.Reviews reviews = history == null ? new LearnerDetail.Reviews(false, List.of())
                : new LearnerDetail.Reviews(true, List.copyOf(history.reviewsOf(learnerId)));
        LearnerDetail.CohortRef ref = cohort == null ? null
                : new LearnerDetail.CohortRef(cohort.getId(), cohort.getName(), cohort.getStartDate(),
                        cohort.getEndDate());
        return new LearnerDetail(learner.getId(), learner.getDisplayName(), learner.getEmail(), learner.isActive(), ref,
                modules, last, rows, areaAverages(attempts), reviews, new LearnerDetail.Plan(plan != null, pace),
                reasons, plan == null ? PaceRule.LINEAR : PaceRule.PLAN);
    }

    /** The progress export of a cohort the reader may see: one row per learner (see {@link DashboardCsv}). */
    @Transactional(readOnly = true)
    public String progressCsv(long viewerId, long cohortId) {
        Cohort cohort = access.cohort(access.viewer(viewerId), cohortId);
        return DashboardCsv.progress(compute(load(cohort)));
    }

    /** The scores export of a cohort the reader may see: one row per submitted attempt. */
    @Transactional(readOnly = true)
    public String scoresCsv(long viewerId, long cohortId) {
        Cohort cohort = access.cohort(access.viewer(viewerId), cohortId);
        Loaded data = load(cohort);
        return DashboardCsv.scores(data.learners(), data.attempts());
    }

    // ---- loading: one query per kind of data ------------------------------------------------------

    /** Everything a dashboard needs, loaded once. */
    private record Loaded(Cohort cohort, List<Account> learners, Map<Long, List<LessonActivity>> activity,
            List<AttemptView> attempts) {
    }

    private Loaded load(Cohort cohort) {
        Set<Long> members = new HashSet<>(cohorts.memberIds(cohort.getId()));
        List<Account> learners = accounts.findAll().stream()
                .filter(a -> a.getRole() == Role.LEARNER && members.contains(a.getId()))
                .sorted(Comparator.comparing((Account a) -> a.getDisplayName().toLowerCase(Locale.ROOT))
                        .thenComparing(Account::getId))
                .toList();
        List<Long> ids = learners.stream().map(Account::getId).toList();
        Map<Long, List<LessonActivity>> activity = study.activityOf(ids).stream()
                .collect(Collectors.groupingBy(LessonActivity::userId));
        return new Loaded(cohort, learners, activity, practice.submittedBy(ids));
    }

    // ---- computing ---------------------------------------------------------------------------------

    private CohortDashboard compute(Loaded data) {
        Cohort cohort = data.cohort();
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Curriculum curriculum = study.curriculum();

        List<ModuleColumn> modules = new ArrayList<>();
        Map<String, Integer> columnOfLesson = new HashMap<>();
        for (Module m : curriculum.modules()) {
            List<Lesson> lessons = curriculum.lessonsOf(m.id());
            int column = modules.size();
            lessons.forEach(l -> columnOfLesson.put(l.id(), column));
            modules.add(new ModuleColumn(m.id(), m.title(), lessons.size()));
        }
        int totalLessons = modules.stream().mapToInt(ModuleColumn::lessons).sum();

        List<Long> ids = data.learners().stream().map(Account::getId).toList();
        Map<Long, List<AttemptView>> attemptsBy = data.attempts().stream()
                .collect(Collectors.groupingBy(AttemptView::userId));
        PlanPace plan = planPace.getIfAvailable();
        Map<Long, PlanPace.Pace> paces = plan == null ? Map.of() : plan.paces(ids, today);

        List<LearnerRow> rows = new ArrayList<>();
        List<AtRiskLearner> atRisk = new ArrayList<>();
        Map<Long, List<Instant>> completions = new LinkedHashMap<>();
        for (Account learner : data.learners()) {
            long id = learner.getId();
            List<LessonActivity> activity = data.activity().getOrDefault(id, List.of());
            List<AttemptView> attempts = attemptsBy.getOrDefault(id, List.of());
            int[] byModule = new int[modules.size()];
            List<Instant> times = new ArrayList<>();
            for (LessonActivity a : activity) {
                Integer column = columnOfLesson.get(a.lessonId());
                if (a.completedAt() != null && column != null) {
                    byModule[column]++;
                    times.add(a.completedAt());
                }
            }
            completions.put(id, times);
            int completed = times.size();
            Instant last = lastActivity(activity, attempts);
            Double average = attempts.isEmpty() ? null
                    : attempts.stream().mapToInt(a -> a.score() == null ? 0 : a.score()).average().orElse(0);
            rows.add(new LearnerRow(id, learner.getDisplayName(), learner.getEmail(), learner.isActive(),
                    java.util.Arrays.stream(byModule).boxed().toList(), completed, last, attempts.size(), average));
            if (learner.isActive()) {
                List<Reason> reasons = assess(last, completed, totalLessons, cohort, paces.get(id), attempts, now,
                        today);
                if (!reasons.isEmpty()) {
                    atRisk.add(new AtRiskLearner(id, learner.getDisplayName(), last, reasons));
                }
            }
        }

        Weekly weekly = weekly(completions, cohort.getStartDate(), cohort.getEndDate(), today, zone);
        ReviewTurnaround reviews = turnaround.getIfAvailable();
        Turnaround median = reviews == null ? new Turnaround(false, null)
                : new Turnaround(true, reviews.medianTurnaround(ids).orElse(null));
        return new CohortDashboard(cohort.getId(), cohort.getName(), cohort.getStartDate(), cohort.getEndDate(), today,
                List.copyOf(modules), List.copyOf(rows), weekly.weeks(), weekly.beforeStart(),
                areaAverages(data.attempts()), itemAttempts(data.attempts()), backlog(data.attempts(), now), median,
                List.copyOf(atRisk), plan == null ? PaceRule.LINEAR : PaceRule.PLAN);
    }

    /** Applies every {@link AtRiskRules} rule to one learner. */
    private List<Reason> assess(Instant last, int completed, int totalLessons, Cohort cohort, PlanPace.Pace pace,
            List<AttemptView> attempts, Instant now, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        LocalDate start = cohort == null ? null : cohort.getStartDate();
        AtRiskRules.inactivity(last, start, clock.getZone(), now).ifPresent(reasons::add);
        Optional<Reason> behind = pace != null ? AtRiskRules.behindPlan(pace)
                : cohort == null ? Optional.empty()
                        : AtRiskRules.behindLinear(completed, totalLessons, start, cohort.getEndDate(), today);
        behind.ifPresent(reasons::add);
        reasons.addAll(AtRiskRules.lowScores(attempts.stream().map(GradedAttempt::of).toList()));
        return reasons;
    }

    /** The latest lesson opened or completed or attempt submitted; null when none. */
    private static Instant lastActivity(List<LessonActivity> activity, List<AttemptView> attempts) {
        Instant last = null;
        for (LessonActivity a : activity) {
            last = later(later(last, a.lastOpenedAt()), a.completedAt());
        }
        for (AttemptView a : attempts) {
            last = later(last, a.submittedAt());
        }
        return last;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** Lessons completed per cohort week. */
    record Weekly(List<WeekCount> weeks, int beforeStart) {
    }

    /**
     * Counts completions per cohort week: week 1 is the cohort's first seven days. Weeks run
     * through the current one (capped at the cohort's end) or the last week with a completion,
     * whichever is later; completions before the start are counted apart.
     *
     * @param completions completion times by learner
     */
    static Weekly weekly(Map<Long, List<Instant>> completions, LocalDate start, LocalDate end, LocalDate today,
            ZoneId zone) {
        Map<Integer, Integer> lessons = new HashMap<>();
        Map<Integer, Set<Long>> learners = new HashMap<>();
        int beforeStart = 0;
        int weeks = today.isBefore(start) ? 0
                : (int) (ChronoUnit.DAYS.between(start, today.isAfter(end) ? end : today) / WEEK) + 1;
        for (var e : completions.entrySet()) {
            for (Instant t : e.getValue()) {
                long day = ChronoUnit.DAYS.between(start, LocalDate.ofInstant(t, zone));
                if (day < 0) {
                    beforeStart++;
                    continue;
                }
                int week = (int) (day / WEEK);
                lessons.merge(week, 1, Integer::sum);
                learners.computeIfAbsent(week, k -> new HashSet<>()).add(e.getKey());
                weeks = Math.max(weeks, week + 1);
            }
        }
        List<WeekCount> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            out.add(new WeekCount(w + 1, start.plusDays((long) w * WEEK), lessons.getOrDefault(w, 0),
                    learners.getOrDefault(w, Set.of()).size()));
        }
        return new Weekly(List.copyOf(out), beforeStart);
    }

    /** Average criterion level per skill area, weakest first (ties in {@link SkillAreas} order). */
    static List<AreaAverage> areaAverages(Collection<AttemptView> attempts) {
        record Sum(int[] levels, Set<Long> attempts, Set<Long> learners) {
        }
        Map<String, Sum> sums = new HashMap<>();
        for (AttemptView a : attempts) {
            if (a.report() == null) {
                continue;
            }
            for (CriterionGrade c : a.report().criteria()) {
                Sum s = sums.computeIfAbsent(SkillAreas.of(c.criterionId()),
                        k -> new Sum(new int[2], new HashSet<>(), new HashSet<>()));
                s.levels()[0] += c.level();
                s.levels()[1]++;
                s.attempts().add(a.id());
                s.learners().add(a.userId());
            }
        }
        List<String> order = AtRiskRules.areaOrder();
        return sums.entrySet().stream()
                .map(e -> new AreaAverage(e.getKey(), e.getValue().levels()[1], e.getValue().attempts().size(),
                        e.getValue().learners().size(), (double) e.getValue().levels()[0] / e.getValue().levels()[1]))
                .sorted(Comparator.comparingDouble(AreaAverage::averageLevel)
                        .thenComparing(a -> order.indexOf(a.area())))
                .toList();
    }

    /** Submitted attempts per case or question, most attempted first. */
    static List<ItemAttempts> itemAttempts(Collection<AttemptView> attempts) {
        Map<String, List<AttemptView>> byItem = new LinkedHashMap<>();
        attempts.forEach(a -> byItem.computeIfAbsent(a.itemType() + "/" + a.itemId(), k -> new ArrayList<>()).add(a));
        return byItem.values().stream().map(list -> {
            AttemptView first = list.getFirst();
            return new ItemAttempts(first.itemType(), first.itemId(), first.itemTitle(), list.size(),
                    (int) list.stream().map(AttemptView::userId).distinct().count(),
                    list.stream().mapToInt(a -> a.score() == null ? 0 : a.score()).average().orElse(0),
                    (int) list.stream().filter(AttemptView::needsReview).count());
        }).sorted(Comparator.comparingInt(ItemAttempts::attempts).reversed().thenComparing(ItemAttempts::title))
                .toList();
    }

    /** Waiting-age buckets of the review backlog. */
    static final List<AgeBucket> AGE_BUCKETS = List.of(
            new AgeBucket("Under a day", Duration.ZERO, Duration.ofDays(1), 0),
            new AgeBucket("1-3 days", Duration.ofDays(1), Duration.ofDays(3), 0),
            new AgeBucket("3-7 days", Duration.ofDays(3), Duration.ofDays(7), 0),
            new AgeBucket("7 days or more", Duration.ofDays(7), null, 0));

    /** The review backlog: SUBMITTED attempts the grader routed to a mentor, and all IN_REVIEW ones. */
    static Backlog backlog(Collection<AttemptView> attempts, Instant now) {
        int waiting = 0;
        int inReview = 0;
        Instant oldest = null;
        int[] counts = new int[AGE_BUCKETS.size()];
        for (AttemptView a : attempts) {
            boolean queued = a.status() == AttemptStatus.SUBMITTED && a.needsReview();
            if (!queued && a.status() != AttemptStatus.IN_REVIEW) {
                continue;
            }
            if (queued) {
                waiting++;
            } else {
                inReview++;
            }
            Instant at = a.submittedAt();
            if (at == null) {
                continue;
            }
            if (oldest == null || at.isBefore(oldest)) {
                oldest = at;
            }
            // A clock a little behind the database's times must not drop a submission from every bucket.
            Duration age = Duration.between(at, now);
            if (age.isNegative()) {
                age = Duration.ZERO;
            }
            for (int i = 0; i < AGE_BUCKETS.size(); i++) {
                AgeBucket b = AGE_BUCKETS.get(i);
                if (age.compareTo(b.from()) >= 0 && (b.to() == null || age.compareTo(b.to()) < 0)) {
                    counts[i]++;
                    break;
                }
            }
        }
        List<AgeBucket> ages = new ArrayList<>();
        for (int i = 0; i < AGE_BUCKETS.size(); i++) {
            AgeBucket b = AGE_BUCKETS.get(i);
            ages.add(new AgeBucket(b.label(), b.from(), b.to(), counts[i]));
        }
        return new Backlog(waiting, inReview, oldest, List.copyOf(ages));
    }
}
