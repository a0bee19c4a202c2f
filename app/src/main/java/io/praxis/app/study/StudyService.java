package io.praxis.app.study;

import io.praxis.content.Curriculum;
import io.praxis.content.lesson.Lesson;
import io.praxis.content.lesson.Module;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's progress through the curriculum: which lessons they opened and completed,
 * how far each module is, and where to continue.
 */
@Service
public class StudyService {

    /** Progress of one module for one learner. */
    public record ModuleProgress(Module module, int completed, int total) {
        /** 0-1. */
        public double fraction() {
            return total == 0 ? 0 : (double) completed / total;
        }
    }

    /**
     * One learner's state on one lesson, for dashboards.
     *
     * @param completedAt null while the lesson is not complete
     */
    public record LessonActivity(long userId, String lessonId, Instant lastOpenedAt, Instant completedAt) {
    }

    /** Published when a learner completes a lesson, for features that react (the 90-day plan). */
    public record LessonCompleted(long userId, String lessonId, String moduleId, Instant at) {
    }

    private final Curriculum curriculum;
    private final LessonProgressRepository progress;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudyService(Curriculum curriculum, LessonProgressRepository progress, ApplicationEventPublisher events,
            Clock clock) {
        this.curriculum = curriculum;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    /** Records that the learner opened a lesson (for "continue where you left off"). */
    @Transactional
    public void opened(long userId, String lessonId) {
        requireLesson(lessonId);
        var key = new LessonProgress.Key(userId, lessonId);
        progress.findById(key).ifPresentOrElse(p -> p.opened(clock.instant()),
                () -> progress.save(new LessonProgress(userId, lessonId, clock.instant())));
    }

    /** Marks a lesson complete; completing it again keeps the first completion time. */
    @Transactional
    public void complete(long userId, String lessonId) {
        Lesson lesson = requireLesson(lessonId);
        var key = new LessonProgress.Key(userId, lessonId);
        LessonProgress p = progress.findById(key).orElseGet(() -> progress.save(
                new LessonProgress(userId, lessonId, clock.instant())));
        boolean wasComplete = p.completedAt() != null;
        p.complete(clock.instant());
        if (!wasComplete) {
            events.publishEvent(new LessonCompleted(userId, lessonId, lesson.moduleId(), p.completedAt()));
        }
    }

    /** Undoes a completion (the learner wants to revisit it). */
    @Transactional
    public void reopen(long userId, String lessonId) {
        progress.findById(new LessonProgress.Key(userId, lessonId)).ifPresent(LessonProgress::reopen);
    }

    @Transactional(readOnly = true)
    public boolean isComplete(long userId, String lessonId) {
        return progress.findById(new LessonProgress.Key(userId, lessonId))
                .map(p -> p.completedAt() != null).orElse(false);
    }

    @Transactional(readOnly = true)
    public Set<String> completedLessons(long userId) {
        return progress.findByKeyUserId(userId).stream().filter(p -> p.completedAt() != null)
                .map(p -> p.key().lessonId()).collect(Collectors.toSet());
    }

    /** Completion time of every completed lesson of a learner. */
    @Transactional(readOnly = true)
    public Map<String, Instant> completionTimes(long userId) {
        return progress.findByKeyUserId(userId).stream().filter(p -> p.completedAt() != null)
                .collect(Collectors.toMap(p -> p.key().lessonId(), LessonProgress::completedAt));
    }

    /** Every module with the learner's completed and total lesson counts, in curriculum order. */
    @Transactional(readOnly = true)
    public List<ModuleProgress> moduleProgress(long userId) {
        Set<String> done = completedLessons(userId);
        return curriculum.modules().stream().map(m -> {
            List<Lesson> lessons = curriculum.lessonsOf(m.id());
            int completed = (int) lessons.stream().filter(l -> done.contains(l.id())).count();
            return new ModuleProgress(m, completed, lessons.size());
        }).toList();
    }

    /**
     * Where to continue: the last opened lesson if it is not complete, else the first
     * incomplete lesson after it in reading order, else the first incomplete lesson at all;
     * empty when everything is complete.
     */
    @Transactional(readOnly = true)
    public Optional<Lesson> continueWith(long userId) {
        Set<String> done = completedLessons(userId);
        List<Lesson> all = curriculum.lessons();
        Optional<String> last = progress.findFirstByKeyUserIdOrderByLastOpenedAtDesc(userId)
                .map(p -> p.key().lessonId());
        if (last.isPresent()) {
            int index = indexOf(all, last.get());
            if (index >= 0) {
                for (int i = index; i < all.size(); i++) {
                    if (!done.contains(all.get(i).id())) {
                        return Optional.of(all.get(i));
                    }
                }
            }
        }
        return all.stream().filter(l -> !done.contains(l.id())).findFirst();
    }

    /** Whether the learner has opened anything yet. */
    @Transactional(readOnly = true)
    public boolean hasStarted(long userId) {
        return progress.findFirstByKeyUserIdOrderByLastOpenedAtDesc(userId).isPresent();
    }

    /** All completions of all learners: user id → lesson id → time, for dashboards. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Instant>> allCompletions() {
        return progress.findByCompletedAtIsNotNull().stream().collect(Collectors.groupingBy(p -> p.key().userId(),
                Collectors.toMap(p -> p.key().lessonId(), LessonProgress::completedAt)));
    }

    /**
     * Every opened or completed lesson of the given learners, in one query, so that a dashboard
     * of many learners does not ask once per learner. Learners who never opened a lesson have no
     * rows. No access check: the caller decides whose progress the reader may see.
     */
    @Transactional(readOnly = true)
    public List<LessonActivity> activityOf(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return progress.findByKeyUserIdIn(userIds).stream().map(p -> new LessonActivity(p.key().userId(),
                p.key().lessonId(), p.lastOpenedAt(), p.completedAt())).toList();
    }

    private Lesson requireLesson(String lessonId) {
        return curriculum.lesson(lessonId)
                .orElseThrow(() -> new IllegalArgumentException("No such lesson: " + lessonId));
    }

    private static int indexOf(List<Lesson> lessons, String id) {
        Map<String, Integer> idx = java.util.stream.IntStream.range(0, lessons.size()).boxed()
                .collect(Collectors.toMap(i -> lessons.get(i).id(), Function.identity()));
        return idx.getOrDefault(id, -1);
    }
}
