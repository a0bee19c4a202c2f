package io.praxis.app.plan;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.study.StudyService;
import io.praxis.content.Curriculum;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.plan.PlanTask;
import io.praxis.content.plan.PlanTemplate;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each learner's 90-day plan: where it starts, its dated weeks, check-off with reflections,
 * rescheduling, auto-completion and pace.
 *
 * <p>Every method that changes a plan takes the learner's own id (views pass the signed-in
 * account's), so a learner can only ever touch their own tasks; nothing here accepts a plan
 * or task-state id from the browser. Input errors are {@link IllegalArgumentException}s whose
 * message starts with the field ("Reflection: ..."), and leave the stored state unchanged.
 *
 * <p>The start is the start date of the learner's newest cohort when they are in one, even
 * if they joined later (so early weeks may already be late); otherwise a date the learner
 * chose; otherwise there is no plan yet. Days are counted in the plan's zone (the system zone
 * until the learner picks another).
 */
@Service
public class PlanService {

    /** Characters a reflection may have. */
    public static final int MAX_REFLECTION = 2000;

    /** How far from today an own start date may lie, in days either way. */
    public static final int MAX_START_DISTANCE_DAYS = 366;

    private final Curriculum curriculum;
    private final LearningPlanRepository plans;
    private final PlanTaskStateRepository states;
    private final CohortService cohorts;
    private final StudyService study;
    private final PracticeService practice;
    private final AccountService accounts;
    private final Clock clock;

    PlanService(Curriculum curriculum, LearningPlanRepository plans, PlanTaskStateRepository states,
            CohortService cohorts, StudyService study, PracticeService practice, AccountService accounts,
            Clock clock) {
        this.curriculum = curriculum;
        this.plans = plans;
        this.states = states;
        this.cohorts = cohorts;
        this.study = study;
        this.practice = practice;
        this.accounts = accounts;
        this.clock = clock;
    }

    public PlanTemplate template() {
        return curriculum.plan();
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    // ---- reading ----------------------------------------------------------------------------------

    /**
     * Where the learner's plan starts, or empty when they are in no cohort and chose no start
     * (and when the content has no plan template).
     */
    @Transactional(readOnly = true)
    public Optional<PlanSetup> setup(long userId) {
        if (template().isEmpty()) {
            return Optional.empty();
        }
        Optional<LearningPlan> stored = plans.findById(userId);
        ZoneId zone = stored.map(p -> zone(p.zoneId())).orElseGet(ZoneId::systemDefault);
        List<Cohort> memberOf = cohorts.cohortsOf(userId);
        if (!memberOf.isEmpty()) {
            Cohort cohort = memberOf.getFirst();
            LocalDate joinedOn = cohorts.joinedAt(cohort.getId(), userId)
                    .map(at -> PlanCalendar.dateIn(at, zone)).orElse(null);
            return Optional.of(new PlanSetup(userId, cohort.getStartDate(), zone, PlanSetup.Source.COHORT,
                    cohort.getName(), joinedOn));
        }
        return stored.filter(p -> p.startDate() != null)
                .map(p -> new PlanSetup(userId, p.startDate(), zone, PlanSetup.Source.OWN, null, null));
    }

    /**
     * The learner's plan as of now, after ticking every task whose linked work is already
     * done (so work finished before the plan existed, or while an event was missed, counts).
     */
    @Transactional
    public Optional<LearnerPlan> plan(long userId) {
        Optional<PlanSetup> setup = setup(userId);
        if (setup.isEmpty()) {
            return Optional.empty();
        }
        recompute(userId);
        return Optional.of(PlanCalculator.compute(template(), setup.get(), clock.instant(), stateMap(userId)));
    }

    /** Whether the learner's plan start comes from a cohort (then they cannot choose one). */
    @Transactional(readOnly = true)
    public boolean followsCohort(long userId) {
        return !cohorts.cohortsOf(userId).isEmpty();
    }

    /** The zone the learner's plan counts days in. */
    @Transactional(readOnly = true)
    public ZoneId zoneOf(long userId) {
        return plans.findById(userId).map(p -> zone(p.zoneId())).orElseGet(ZoneId::systemDefault);
    }

    /** Today's date for the learner, in their plan's zone. */
    @Transactional(readOnly = true)
    public LocalDate today(long userId) {
        return PlanCalendar.dateIn(clock.instant(), zoneOf(userId));
    }

    // ---- settings ---------------------------------------------------------------------------------

    /**
     * Sets the learner's own start date.
     *
     * @throws IllegalArgumentException when the date is missing or more than
     *     {@link #MAX_START_DISTANCE_DAYS} days from today
     * @throws IllegalStateException when the learner is in a cohort: their plan follows it
     */
    @Transactional
    public void chooseStart(long userId, LocalDate start) {
        if (start == null) {
            throw new IllegalArgumentException("Start date: choose the day your 90 days begin");
        }
        LocalDate today = today(userId);
        if (start.isBefore(today.minusDays(MAX_START_DISTANCE_DAYS))
                || start.isAfter(today.plusDays(MAX_START_DISTANCE_DAYS))) {
            throw new IllegalArgumentException("Start date: choose a day within a year of today (" + today + ")");
        }
        if (followsCohort(userId)) {
            throw new IllegalStateException("Start date: your plan follows your cohort's start date");
        }
        stored(userId).startDate(start);
    }

    /**
     * Sets the zone the plan counts days in.
     *
     * @throws IllegalArgumentException for a blank or unknown zone id
     */
    @Transactional
    public void setZone(long userId, String zoneId) {
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId == null ? "" : zoneId.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Time zone: '" + zoneId + "' is not a known time zone, "
                    + "e.g. Europe/Berlin");
        }
        stored(userId).zoneId(zone.getId());
    }

    // ---- tasks ------------------------------------------------------------------------------------

    /**
     * Ticks a task now, storing the reflection with it (blank clears it). Ticking a task
     * that is already done only updates the reflection and keeps the first completion time.
     *
     * @throws IllegalArgumentException for an unknown task or a reflection over
     *     {@link #MAX_REFLECTION} characters (nothing is stored then)
     */
    @Transactional
    public void check(long userId, String taskId, String reflection) {
        String text = reflection(reflection);
        PlanTaskState state = state(userId, requireTask(taskId).id());
        Instant now = clock.instant();
        if (!state.done()) {
            state.markDone(now, DoneHow.MANUAL, now);
        }
        state.reflection(text, now);
    }

    /**
     * Unticks a task.
     *
     * @throws IllegalStateException when the task's auto rule holds (its linked work is
     *     done): it would tick itself again at once
     */
    @Transactional
    public void uncheck(long userId, String taskId) {
        PlanTask task = requireTask(taskId);
        if (autoCompletedAt(userId, task).isPresent()) {
            throw new IllegalStateException("This task ticks itself because its linked work is done; "
                    + "reopen that work to untick it");
        }
        states.findById(new PlanTaskState.Key(userId, task.id())).ifPresent(s -> s.clearDone(clock.instant()));
    }

    /**
     * Saves a reflection on a task, done or not, so that nothing typed is lost.
     *
     * @throws IllegalArgumentException for an unknown task or an over-long reflection
     */
    @Transactional
    public void saveReflection(long userId, String taskId, String reflection) {
        String text = reflection(reflection);
        state(userId, requireTask(taskId).id()).reflection(text, clock.instant());
    }

    /**
     * Moves a task to another week of the plan (1-13); moving it back to its template week
     * clears the move.
     *
     * @throws IllegalArgumentException for an unknown task or a week outside 1-13
     */
    @Transactional
    public void reschedule(long userId, String taskId, int week) {
        PlanTask task = requireTask(taskId);
        if (week < 1 || week > PlanTemplate.WEEKS) {
            throw new IllegalArgumentException("Week: choose a week from 1 to " + PlanTemplate.WEEKS);
        }
        state(userId, task.id()).week(week == task.week() ? null : week, clock.instant());
    }

    /**
     * Ticks every not-yet-done task whose auto rule now holds, with the time the linked work
     * was done. Idempotent; never unticks anything.
     *
     * @return how many tasks were ticked
     */
    @Transactional
    public int recompute(long userId) {
        if (template().isEmpty()) {
            return 0;
        }
        Map<String, Instant> lessons = study.completionTimes(userId);
        Map<String, Instant> cases = caseSubmissions(userId);
        Map<String, PlanTaskState> existing = states.findByKeyUserId(userId).stream()
                .collect(Collectors.toMap(s -> s.key().taskId(), Function.identity()));
        int ticked = 0;
        Instant now = clock.instant();
        for (PlanTask task : template().tasks()) {
            if (task.auto() == null || (existing.containsKey(task.id()) && existing.get(task.id()).done())) {
                continue;
            }
            Optional<Instant> at = PlanCalculator.completedAt(task.auto(), lessons, cases, moduleLessons(task));
            if (at.isPresent()) {
                PlanTaskState state = existing.computeIfAbsent(task.id(),
                        id -> states.save(new PlanTaskState(userId, id, now)));
                state.markDone(at.get(), DoneHow.AUTO, now);
                ticked++;
            }
        }
        return ticked;
    }

    /**
     * {@link #recompute} in a transaction of its own, for callers that run after another
     * transaction committed (event listeners), where joining would write into a finished one.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public int recomputeInOwnTransaction(long userId) {
        return recompute(userId);
    }

    // ---- pace (for the learner and the admin dashboard) ---------------------------------------------

    /**
     * A learner's pace on a date (tasks due before it against tasks done by it), or empty
     * when they have no plan. Auto-completions are brought up to date first.
     */
    @Transactional
    public Optional<Pace> pace(long userId, LocalDate asOf) {
        return plan(userId).map(p -> p.paceOn(asOf));
    }

    /**
     * The pace on a date of every learner in a cohort (mentors and admins are left out),
     * for the admin dashboard's "behind the cohort's pace" signal: compare each learner's
     * {@link Pace#done()} with the cohort's, or use {@link Pace#difference()}. Learners
     * without a plan come back with a null pace. The caller must have checked that the
     * signed-in user may see this cohort.
     */
    @Transactional
    public List<LearnerPace> cohortPace(long cohortId, LocalDate asOf) {
        List<LearnerPace> out = new ArrayList<>();
        for (long id : cohorts.memberIds(cohortId)) {
            Optional<Account> account = accounts.findById(id);
            if (account.isEmpty() || account.get().getRole() != Role.LEARNER) {
                continue;
            }
            Optional<LearnerPlan> plan = plan(id);
            out.add(new LearnerPace(id, account.get().getDisplayName(), plan.map(LearnerPlan::start).orElse(null),
                    plan.map(p -> p.paceOn(asOf)).orElse(null)));
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private Optional<Instant> autoCompletedAt(long userId, PlanTask task) {
        if (task.auto() == null) {
            return Optional.empty();
        }
        return PlanCalculator.completedAt(task.auto(), study.completionTimes(userId), caseSubmissions(userId),
                moduleLessons(task));
    }

    private List<String> moduleLessons(PlanTask task) {
        return task.auto() != null && task.auto().kind() == io.praxis.content.plan.AutoCompletion.Kind.MODULE
                ? curriculum.lessonsOf(task.auto().targetId()).stream().map(Lesson::id).toList()
                : List.of();
    }

    /** First submission time per case id. */
    private Map<String, Instant> caseSubmissions(long userId) {
        Map<String, Instant> first = new HashMap<>();
        for (AttemptView a : practice.attemptsOf(userId)) {
            if (a.itemType() == ItemType.CASE && !a.isDraft() && a.submittedAt() != null) {
                first.merge(a.itemId(), a.submittedAt(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        return first;
    }

    private Map<String, TaskState> stateMap(long userId) {
        return states.findByKeyUserId(userId).stream().map(PlanTaskState::toState)
                .collect(Collectors.toMap(TaskState::taskId, Function.identity()));
    }

    private PlanTask requireTask(String taskId) {
        return template().task(taskId == null ? "" : taskId)
                .orElseThrow(() -> new IllegalArgumentException("Task: there is no task '" + taskId + "' in the plan"));
    }

    private PlanTaskState state(long userId, String taskId) {
        return states.findById(new PlanTaskState.Key(userId, taskId))
                .orElseGet(() -> states.save(new PlanTaskState(userId, taskId, clock.instant())));
    }

    private LearningPlan stored(long userId) {
        return plans.findById(userId).orElseGet(() -> plans.save(
                new LearningPlan(userId, ZoneId.systemDefault().getId(), clock.instant())));
    }

    private static String reflection(String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_REFLECTION) {
            throw new IllegalArgumentException("Reflection: at most " + String.format("%,d", MAX_REFLECTION)
                    + " characters (this one has " + String.format("%,d", value.length()) + ")");
        }
        return value.isEmpty() ? null : value;
    }

    /** A stored zone id, or the system zone if it is no longer known to this JVM. */
    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }
}
