package io.praxis.app.plan;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.ops.DatabaseText;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.practice.SubmissionTime;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    /** Learners per query of {@link #paces}, well inside every database's limit on an {@code IN} list. */
    static final int BULK = 1000;

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
        LearningPlan stored = plans.findById(userId).orElse(null);
        Cohort cohort = cohorts.cohortsOf(userId).stream().findFirst().orElse(null);
        ZoneId zone = zoneOf(stored);
        LocalDate joinedOn = cohort == null ? null
                : cohorts.joinedAt(cohort.getId(), userId).map(at -> PlanCalendar.dateIn(at, zone)).orElse(null);
        return setup(userId, stored, cohort, joinedOn);
    }

    /**
     * The rule of {@link #setup(long)} on loaded data: the newest cohort's start, else the
     * learner's own start, else no plan.
     */
    private static Optional<PlanSetup> setup(long userId, LearningPlan stored, Cohort newestCohort,
            LocalDate joinedOn) {
        ZoneId zone = zoneOf(stored);
        if (newestCohort != null) {
            return Optional.of(new PlanSetup(userId, newestCohort.getStartDate(), zone, PlanSetup.Source.COHORT,
                    newestCohort.getName(), joinedOn));
        }
        return stored == null || stored.startDate() == null ? Optional.empty()
                : Optional.of(new PlanSetup(userId, stored.startDate(), zone, PlanSetup.Source.OWN, null, null));
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
        return zoneOf(plans.findById(userId).orElse(null));
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
        Map<String, PlanTaskState> existing = states.findByKeyUserId(userId).stream()
                .collect(Collectors.toMap(s -> s.key().taskId(), Function.identity()));
        Set<String> done = existing.values().stream().filter(PlanTaskState::done).map(s -> s.key().taskId())
                .collect(Collectors.toSet());
        Map<String, Instant> ticks = autoTicks(done, study.completionTimes(userId), caseSubmissions(userId));
        Instant now = clock.instant();
        ticks.forEach((taskId, at) -> existing.computeIfAbsent(taskId,
                id -> states.save(new PlanTaskState(userId, id, now))).markDone(at, DoneHow.AUTO, now));
        return ticks.size();
    }

    /**
     * The tasks, in template order, that are not done yet but whose auto rule holds, with the
     * time their linked work was done: what {@link #recompute} stores and {@link #paces} counts.
     *
     * @param done ids of the tasks already done
     * @param lessons completion time by lesson id
     * @param cases first submission time by case id
     */
    private Map<String, Instant> autoTicks(Set<String> done, Map<String, Instant> lessons,
            Map<String, Instant> cases) {
        Map<String, Instant> ticks = new LinkedHashMap<>();
        for (PlanTask task : template().tasks()) {
            if (task.auto() != null && !done.contains(task.id())) {
                PlanCalculator.completedAt(task.auto(), lessons, cases, moduleLessons(task))
                        .ifPresent(at -> ticks.put(task.id(), at));
            }
        }
        return ticks;
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

    /**
     * The pace on a date of many learners at once, for the cohort dashboard: read-only, and in
     * at most five queries for up to {@value #BULK} learners whatever their number (their cohorts,
     * plan settings, task states, lesson completions and case submissions; as many again per
     * further {@value #BULK}), never once per learner.
     *
     * <p>Each learner's pace is what {@link #pace} answers: tasks whose linked work is done but
     * that no event ticked yet count as done at the time the work was done, exactly as the
     * recompute on the next plan view would store them; here they are only counted, never stored.
     * A late joiner's plan starts on their cohort's start like everyone's, so the tasks of the
     * weeks that were over before they joined count as due. Learners without a plan (in no cohort
     * and no start chosen, or no plan template at all) and unknown ids are absent from the map.
     *
     * <p><b>No access check:</b> the caller decides whose pace the reader may see.
     */
    @Transactional(readOnly = true)
    public Map<Long, Pace> paces(Collection<Long> userIds, LocalDate asOf) {
        Map<Long, Pace> out = new LinkedHashMap<>();
        if (template().isEmpty()) {
            return out;
        }
        List<Long> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < ids.size(); from += BULK) {
            out.putAll(pacesOf(ids.subList(from, Math.min(ids.size(), from + BULK)), asOf));
        }
        return out;
    }

    /** {@link #paces} for at most {@value #BULK} distinct ids. */
    private Map<Long, Pace> pacesOf(List<Long> ids, LocalDate asOf) {
        Map<Long, Cohort> newest = cohorts.newestCohortOf(ids);
        Map<Long, LearningPlan> stored = plans.findAllById(ids).stream()
                .collect(Collectors.toMap(LearningPlan::userId, Function.identity()));
        Map<Long, PlanSetup> setups = new LinkedHashMap<>();
        for (Long id : ids) {
            // The joining date only labels late weeks on the learner's page; pace does not use it.
            setup(id, stored.get(id), newest.get(id), null).ifPresent(s -> setups.put(id, s));
        }
        if (setups.isEmpty()) {
            return Map.of();
        }
        Collection<Long> withPlan = setups.keySet();
        Map<Long, List<PlanTaskState>> statesOf = states.findByKeyUserIdIn(withPlan).stream()
                .collect(Collectors.groupingBy(s -> s.key().userId()));
        Map<Long, Map<String, Instant>> lessonsOf = new HashMap<>();
        for (StudyService.LessonActivity a : study.activityOf(withPlan)) {
            if (a.completedAt() != null) {
                lessonsOf.computeIfAbsent(a.userId(), k -> new HashMap<>()).put(a.lessonId(), a.completedAt());
            }
        }
        Map<Long, Map<String, Instant>> casesOf = new HashMap<>();
        for (SubmissionTime s : practice.submissionsOf(withPlan)) {
            if (s.itemType() == ItemType.CASE) {
                casesOf.computeIfAbsent(s.userId(), k -> new HashMap<>())
                        .merge(s.itemId(), s.submittedAt(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        Instant now = clock.instant();
        Map<Long, Pace> out = new LinkedHashMap<>();
        setups.forEach((id, setup) -> {
            Map<String, TaskState> taskStates = new HashMap<>();
            for (PlanTaskState s : statesOf.getOrDefault(id, List.of())) {
                taskStates.put(s.key().taskId(), s.toState());
            }
            Set<String> done = taskStates.values().stream().filter(t -> t.doneAt() != null).map(TaskState::taskId)
                    .collect(Collectors.toSet());
            autoTicks(done, lessonsOf.getOrDefault(id, Map.of()), casesOf.getOrDefault(id, Map.of()))
                    .forEach((taskId, at) -> {
                        TaskState old = taskStates.getOrDefault(taskId, TaskState.untouched(taskId));
                        taskStates.put(taskId, new TaskState(taskId, old.week(), at, DoneHow.AUTO, old.reflection()));
                    });
            out.put(id, PlanCalculator.compute(template(), setup, now, taskStates).paceOn(asOf));
        });
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
        String value = text == null ? "" : DatabaseText.storable(text).strip();
        if (value.length() > MAX_REFLECTION) {
            throw new IllegalArgumentException("Reflection: at most " + String.format("%,d", MAX_REFLECTION)
                    + " characters (this one has " + String.format("%,d", value.length()) + ")");
        }
        return value.isEmpty() ? null : value;
    }

    /** The zone of a learner's stored settings; the system zone without any. */
    private static ZoneId zoneOf(LearningPlan stored) {
        return stored == null ? ZoneId.systemDefault() : zone(stored.zoneId());
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
