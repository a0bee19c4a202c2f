package io.praxis.app.practice;

import io.praxis.app.ops.DatabaseText;
import io.praxis.content.Curriculum;
import io.praxis.scoring.grading.AnswerRejectedException;
import io.praxis.scoring.grading.GradeReport;
import io.praxis.scoring.grading.Grader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts at cases and interview questions: drafts that autosave, submission with instant
 * grading, and the learner's history. Every method that takes an attempt id checks that it
 * belongs to the calling learner; another learner's attempt is reported as not found.
 *
 * <p>A mock interview lasts the item's suggested minutes; {@code praxis.practice.mock-seconds}
 * replaces that length (used by the browser test so that it need not wait minutes).
 */
@Service
public class PracticeService {

    /** Characters an answer may have; the grader refuses more. */
    public static final int MAX_CHARACTERS = Grader.MAX_CHARACTERS;

    /** Published after a submission is graded, for features that react (plan, notifications). */
    public record AttemptSubmitted(long attemptId, long userId, ItemType type, String itemId, int score,
            boolean needsReview, Instant at) {
    }

    private final Curriculum curriculum;
    private final Grader grader;
    private final AttemptRepository attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final Duration mockOverride;

    PracticeService(Curriculum curriculum, Grader grader, AttemptRepository attempts, ApplicationEventPublisher events,
            Clock clock, @Value("${praxis.practice.mock-seconds:0}") long mockSeconds) {
        this.mockOverride = mockSeconds > 0 ? Duration.ofSeconds(mockSeconds) : null;
        this.curriculum = curriculum;
        this.grader = grader;
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
    }

    // ---- the library ----------------------------------------------------------------------------

    /** Every case, then every interview question. */
    public List<PracticeItem> items() {
        List<PracticeItem> out = new ArrayList<>();
        curriculum.cases().forEach(c -> out.add(PracticeItem.of(c)));
        curriculum.questions().forEach(q -> out.add(PracticeItem.of(q, curriculum.rubricFor(q))));
        return out;
    }

    public Optional<PracticeItem> item(ItemType type, String id) {
        return type == ItemType.CASE ? curriculum.caseStudy(id).map(PracticeItem::of)
                : curriculum.question(id).map(q -> PracticeItem.of(q, curriculum.rubricFor(q)));
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    // ---- attempts -------------------------------------------------------------------------------

    /**
     * The learner's open draft for an item, or a new one. A mock interview always starts a new
     * attempt with a deadline of the item's suggested minutes.
     */
    @Transactional
    public AttemptView startOrResume(long userId, ItemType type, String itemId, AttemptMode mode) {
        PracticeItem item = item(type, itemId).orElseThrow(() -> new IllegalArgumentException("No such item: " + itemId));
        if (mode == AttemptMode.PRACTICE) {
            Optional<Attempt> draft = attempts.findFirstByUserIdAndItemTypeAndItemIdAndStatusOrderByCreatedAtDesc(
                    userId, type, itemId, AttemptStatus.DRAFT);
            if (draft.isPresent() && draft.get().getMode() == AttemptMode.PRACTICE) {
                return view(draft.get());
            }
        }
        return create(userId, item, mode);
    }

    private AttemptView create(long userId, PracticeItem item, AttemptMode mode) {
        Instant now = clock.instant();
        Duration length = mockOverride != null ? mockOverride : Duration.ofMinutes(item.minutes());
        Instant deadline = mode == AttemptMode.MOCK ? now.plus(length) : null;
        return view(attempts.save(new Attempt(userId, item.type(), item.id(), mode, now, deadline)));
    }

    /** Always a new attempt ("Retry"); an unfinished draft of the same item stays as it is. */
    @Transactional
    public AttemptView startNew(long userId, ItemType type, String itemId, AttemptMode mode) {
        PracticeItem item = item(type, itemId).orElseThrow(() -> new IllegalArgumentException("No such item: " + itemId));
        return create(userId, item, mode);
    }

    /** The open draft for an item, if any. */
    @Transactional(readOnly = true)
    public Optional<AttemptView> openDraft(long userId, ItemType type, String itemId) {
        return attempts.findFirstByUserIdAndItemTypeAndItemIdAndStatusOrderByCreatedAtDesc(userId, type, itemId,
                AttemptStatus.DRAFT).map(this::view);
    }

    /** One attempt of the learner. */
    @Transactional(readOnly = true)
    public AttemptView get(long userId, long attemptId) {
        return view(owned(userId, attemptId));
    }

    /**
     * Saves draft text if this tab has seen the latest revision; otherwise stores nothing and
     * reports the conflict with the other tab's text, so neither version is lost silently.
     * {@code force} overwrites after the learner chose to keep this tab's text.
     */
    @Transactional
    public SaveResult saveDraft(long userId, long attemptId, String text, long seenRevision, boolean force) {
        Attempt a = owned(userId, attemptId);
        if (a.getStatus() != AttemptStatus.DRAFT) {
            return new SaveResult(false, a.getDraftRevision(), a.getDraftSavedAt(), false, null);
        }
        String value = text == null ? "" : DatabaseText.storable(text);
        if (value.length() > MAX_CHARACTERS) {
            value = value.substring(0, MAX_CHARACTERS);
        }
        if (!force && a.getDraftRevision() != seenRevision) {
            return new SaveResult(false, a.getDraftRevision(), a.getDraftSavedAt(), true, a.getDraftText());
        }
        if (value.equals(a.getDraftText()) && !force) {
            return new SaveResult(true, a.getDraftRevision(), a.getDraftSavedAt(), false, null);
        }
        a.saveDraft(value, clock.instant());
        attempts.flush();
        return new SaveResult(true, a.getDraftRevision(), a.getDraftSavedAt(), false, null);
    }

    /**
     * Grades and stores the answer. The answer, report, rubric version and time are stored
     * together in one transaction; afterwards they never change.
     *
     * @throws AnswerRejectedException for an empty answer or one over {@link #MAX_CHARACTERS}
     */
    @Transactional
    public AttemptView submit(long userId, long attemptId, String text) {
        Attempt a = owned(userId, attemptId);
        if (a.getStatus() != AttemptStatus.DRAFT) {
            return view(a);
        }
        PracticeItem item = item(a.getItemType(), a.getItemId())
                .orElseThrow(() -> new IllegalStateException("The item of attempt " + attemptId + " no longer exists"));
        // Without NUL characters (PostgreSQL cannot store them), and graded exactly as stored, so
        // that the report's evidence matches the stored answer.
        String answer = DatabaseText.storable(text);
        GradeReport report = grader.grade(item.rubric(), item.prompt(), item.context(), answer);
        a.submit(answer, report.toJson(), report.overall(), report.confidence(), report.needsReview(),
                report.rubricTag(), report.rubricVersion(), clock.instant());
        attempts.flush();
        events.publishEvent(new AttemptSubmitted(a.getId(), userId, a.getItemType(), a.getItemId(), report.overall(),
                report.needsReview(), a.getSubmittedAt()));
        return view(a);
    }

    /** All attempts of a learner, oldest first. */
    @Transactional(readOnly = true)
    public List<AttemptView> attemptsOf(long userId) {
        return attempts.findByUserIdOrderByCreatedAtAsc(userId).stream().map(this::view).toList();
    }

    /** The learner's attempts at one item, oldest first. */
    @Transactional(readOnly = true)
    public List<AttemptView> attemptsOf(long userId, ItemType type, String itemId) {
        return attempts.findByUserIdAndItemTypeAndItemIdOrderByCreatedAtAsc(userId, type, itemId).stream()
                .map(this::view).toList();
    }

    /** Submitted attempts of everyone, oldest first (for mentors and dashboards). */
    @Transactional(readOnly = true)
    public List<AttemptView> submitted() {
        return attempts.findByStatusInOrderBySubmittedAtAsc(List.of(AttemptStatus.SUBMITTED, AttemptStatus.IN_REVIEW,
                AttemptStatus.REVIEWED)).stream().map(this::view).toList();
    }

    /**
     * Submissions waiting for a mentor (SUBMITTED, or IN_REVIEW while a mentor holds or held a
     * claim), oldest submission first, of every learner.
     *
     * <p><b>No access check:</b> this lists every learner's work. The caller must filter it to the
     * learners the reader may see (a mentor: their cohorts), as the review feature does.
     */
    @Transactional(readOnly = true)
    public List<AttemptView> awaitingReview() {
        return attempts.findByStatusInOrderBySubmittedAtAsc(List.of(AttemptStatus.SUBMITTED, AttemptStatus.IN_REVIEW))
                .stream().map(this::view).toList();
    }

    /**
     * One submitted attempt of any learner, for a reviewer. Drafts are never returned: a learner's
     * unfinished writing stays private.
     *
     * <p><b>No access check:</b> unlike {@link #get}, this does not check who owns the attempt.
     * The caller must check that the reader may see this learner's work (for a mentor, that they
     * share a cohort) before showing anything, and must report a refusal exactly like a missing
     * attempt.
     *
     * @return empty when there is no such attempt or it is still a draft
     */
    @Transactional(readOnly = true)
    public Optional<AttemptView> forReview(long attemptId) {
        return attempts.findById(attemptId).filter(a -> a.getStatus() != AttemptStatus.DRAFT).map(this::view);
    }

    /**
     * Several submitted attempts of any learner, for calibration reports and exports; drafts and
     * unknown ids are left out. <b>No access check</b>, as for {@link #forReview(long)}.
     */
    @Transactional(readOnly = true)
    public List<AttemptView> forReview(java.util.Collection<Long> attemptIds) {
        return attempts.findAllById(attemptIds).stream().filter(a -> a.getStatus() != AttemptStatus.DRAFT)
                .map(this::view).toList();
    }

    /** Moves a submission along SUBMITTED → IN_REVIEW → REVIEWED (used by mentor review). */
    @Transactional
    public void moveTo(long attemptId, AttemptStatus status) {
        attempts.findById(attemptId).orElseThrow(() -> new IllegalArgumentException("No attempt " + attemptId))
                .moveTo(status);
    }

    /**
     * Submitted attempts (SUBMITTED, IN_REVIEW, REVIEWED) of the given learners, oldest submission
     * first, in one query: for dashboards that must not ask once per learner. Drafts are never
     * returned.
     *
     * <p><b>No access check:</b> the caller decides which learners the reader may see (a mentor:
     * their cohorts' learners) before asking.
     */
    @Transactional(readOnly = true)
    public List<AttemptView> submittedBy(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return attempts.findByUserIdInAndStatusInOrderBySubmittedAtAsc(userIds, List.of(AttemptStatus.SUBMITTED,
                AttemptStatus.IN_REVIEW, AttemptStatus.REVIEWED)).stream().map(this::view).toList();
    }

    /**
     * When each submitted attempt (SUBMITTED, IN_REVIEW, REVIEWED) of the given learners was
     * submitted, oldest first, in one query that reads neither answers nor grade reports: for
     * features that measure from the submission or tick work as done for many learners at once.
     * Drafts are never returned. The caller keeps the list of ids to a size the database accepts
     * in one {@code IN} list (the dashboard adapters send at most 1,000).
     *
     * <p><b>No access check:</b> the caller decides which learners the reader may see.
     */
    @Transactional(readOnly = true)
    public List<SubmissionTime> submissionsOf(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return attempts.submissionTimes(userIds, List.of(AttemptStatus.SUBMITTED, AttemptStatus.IN_REVIEW,
                AttemptStatus.REVIEWED));
    }

    private Attempt owned(long userId, long attemptId) {
        Attempt a = attempts.findById(attemptId).orElse(null);
        if (a == null || a.getUserId() != userId) {
            // Same answer for "missing" and "someone else's": ids reveal nothing.
            throw new AccessDeniedException("No attempt " + attemptId + " for this learner");
        }
        return a;
    }

    private AttemptView view(Attempt a) {
        String title = item(a.getItemType(), a.getItemId()).map(PracticeItem::title).orElse(a.getItemId());
        GradeReport report = a.getGradeJson() == null ? null : GradeReport.fromJson(a.getGradeJson());
        return new AttemptView(a.getId(), a.getUserId(), a.getItemType(), a.getItemId(), title, a.getMode(),
                a.getStatus(), a.getDraftText(), a.getDraftRevision(), a.getDraftSavedAt(), a.getAnswerText(), report,
                a.getScore(), a.getConfidence(), Boolean.TRUE.equals(a.getNeedsReview()), a.getRubricTag(),
                a.getCreatedAt(), a.getDeadlineAt(), a.getSubmittedAt());
    }

    static Comparator<AttemptView> bySubmission() {
        return Comparator.comparing(AttemptView::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
