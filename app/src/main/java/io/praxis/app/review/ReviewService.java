package io.praxis.app.review;

import io.praxis.app.account.Account;
import io.praxis.app.account.Role;
import io.praxis.app.notification.NotificationService;
import io.praxis.app.ops.DatabaseText;
import io.praxis.app.practice.AttemptStatus;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeItem;
import io.praxis.app.practice.PracticeService;
import io.praxis.scoring.grading.CriterionGrade;
import io.praxis.scoring.grading.Flag;
import io.praxis.scoring.grading.GradeReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mentor review of submitted attempts: the queue, claims, autosaved drafts, release to the
 * learner (with a notification), amendments as new versions, and each mentor's comment bank.
 *
 * <p><b>Access.</b> Every method takes the account id of the signed-in user and re-checks on the
 * server: only active mentors and admins review; a mentor only sees learners who share one of
 * their cohorts, an admin everyone. A submission the caller may not see is reported exactly like
 * a missing one ({@link org.springframework.security.access.AccessDeniedException}).
 *
 * <p><b>Claims.</b> Claiming locks a submission to one mentor for {@code praxis.review.claim-minutes}
 * (30 by default); every draft save extends it. When it runs out, anyone with access may claim the
 * submission and continues from the stored draft; the first claimant's later saves are refused.
 * Claiming moves the attempt to IN_REVIEW; releasing the claim by hand before any release moves
 * it back to SUBMITTED. An expired claim is noticed lazily (the queue shows it as free).
 *
 * <p><b>No silent overwrites.</b> Draft saves and releases carry the review version the caller
 * last saw; a different stored version (another tab or mentor saved, the claim changed hands) is
 * refused with {@link ReviewConflictException}. Writes that race each other in the database are
 * stopped by the {@code @Version} column and reported the same way. Writes run in their own
 * transaction so that these failures can be caught and translated here.
 */
@Service
public class ReviewService {

    /** Longest comment on one criterion, and longest comment saved to the bank. */
    public static final int MAX_COMMENT = 2000;
    /** Longest overall comment. */
    public static final int MAX_OVERALL = 4000;
    /** Most comments one mentor's bank holds. */
    public static final int MAX_BANK = 200;

    static final String NOTIFICATION_KIND = "REVIEW_RELEASED";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /**
     * Who holds or held the claim on a review.
     *
     * @param active false once {@code expiresAt} has passed: anyone with access may claim again
     */
    public record Claim(long mentorId, String mentorName, Instant claimedAt, Instant expiresAt, boolean active) {
    }

    /** One submission in the queue. {@code claim} is null when nobody claimed it. */
    public record QueueEntry(long attemptId, long learnerId, String learnerName, ItemType itemType, String itemId,
            String itemTitle, Instant submittedAt, int graderScore, double confidence, boolean needsReview,
            List<Flag> flags, AttemptStatus status, Claim claim) {

        /** Whether this reviewer may claim it now (free, expired, or already theirs). */
        public boolean claimableBy(long mentorId) {
            return claim == null || !claim.active() || claim.mentorId() == mentorId;
        }
    }

    /**
     * What the queue shows; null fields do not filter.
     *
     * @param routedOnly only submissions the grader routed to a mentor (flags or low confidence)
     */
    public record QueueFilter(ItemType itemType, String itemId, Long learnerId, boolean routedOnly) {

        public static final QueueFilter ALL = new QueueFilter(null, null, null, false);

        boolean accepts(QueueEntry e) {
            return (itemType == null || itemType == e.itemType()) && (itemId == null || itemId.equals(e.itemId()))
                    && (learnerId == null || learnerId == e.learnerId()) && (!routedOnly || e.needsReview());
        }
    }

    /** One criterion of a released review. */
    public record CriterionReview(String criterionId, String title, int weight, int graderLevel, int mentorLevel,
            String comment) {

        public boolean changed() {
            return graderLevel != mentorLevel;
        }
    }

    /** One released version of a review, as the learner and the mentor see it. */
    public record ReleasedReview(long attemptId, int number, String mentorName, Instant releasedAt, int graderScore,
            int mentorScore, String overallComment, List<CriterionReview> criteria) {

        public ReleasedReview {
            criteria = List.copyOf(criteria);
        }

        /** The mentor's levels as a draft, for amending this version. */
        ReviewDraft asDraft() {
            Map<String, Integer> levels = new LinkedHashMap<>();
            Map<String, String> comments = new LinkedHashMap<>();
            criteria.forEach(c -> {
                levels.put(c.criterionId(), c.mentorLevel());
                comments.put(c.criterionId(), c.comment());
            });
            return new ReviewDraft(levels, comments, overallComment);
        }
    }

    /**
     * Everything the review screen shows about one submission.
     *
     * @param item the case or question, null if it was removed from the curriculum since
     * @param reviewVersion the version to send back with the next save; -1 before the first claim
     * @param claim the current or last claim, null when none
     * @param mine whether the viewer holds the claim and may write
     * @param draft the working draft (starts from the grader's levels, or the latest release)
     * @param versions released versions, newest first
     */
    public record ReviewSheet(AttemptView attempt, PracticeItem item, String learnerName, long reviewVersion,
            Claim claim, boolean mine, ReviewDraft draft, Instant draftSavedAt, List<ReleasedReview> versions) {

        public GradeReport report() {
            return attempt.report();
        }

        public boolean released() {
            return !versions.isEmpty();
        }
    }

    /** A saved comment of a mentor's bank. */
    public record BankComment(long id, String text) {
    }

    private final ReviewAccess access;
    private final PracticeService practice;
    private final NotificationService notifications;
    private final ReviewRepository reviews;
    private final ReviewVersionRepository versions;
    private final CommentBankRepository bank;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration claimLength;

    ReviewService(ReviewAccess access, PracticeService practice, NotificationService notifications,
            ReviewRepository reviews, ReviewVersionRepository versions, CommentBankRepository bank,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${praxis.review.claim-minutes:30}") long claimMinutes) {
        this.access = access;
        this.practice = practice;
        this.notifications = notifications;
        this.reviews = reviews;
        this.versions = versions;
        this.bank = bank;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.claimLength = Duration.ofMinutes(Math.max(1, claimMinutes));
    }

    /** How long a claim lasts without a save. */
    public Duration claimLength() {
        return claimLength;
    }

    // ---- the queue ------------------------------------------------------------------------------

    /**
     * Submissions waiting for review (SUBMITTED, or IN_REVIEW under a claim, live or expired) of
     * the learners this reviewer may see, oldest submission first.
     */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(long viewerId, QueueFilter filter) {
        Account reviewer = access.reviewer(viewerId);
        LongPredicate visible = access.learnerFilter(reviewer);
        List<AttemptView> waiting = practice.awaitingReview().stream()
                .filter(a -> a.report() != null && visible.test(a.userId())).toList();
        Map<Long, Review> byAttempt = new java.util.HashMap<>();
        reviews.findByAttemptIdIn(waiting.stream().map(AttemptView::id).toList())
                .forEach(r -> byAttempt.put(r.getAttemptId(), r));
        Map<Long, String> names = access.names();
        Instant now = clock.instant();
        QueueFilter f = filter == null ? QueueFilter.ALL : filter;
        return waiting.stream().map(a -> {
            GradeReport report = a.report();
            return new QueueEntry(a.id(), a.userId(), names.getOrDefault(a.userId(), "?"), a.itemType(), a.itemId(),
                    a.itemTitle(), a.submittedAt(), report.overall(), report.confidence(), report.needsReview(),
                    report.flags(), a.status(), claim(byAttempt.get(a.id()), names, now));
        }).filter(f::accepts).sorted(Comparator.comparing(QueueEntry::submittedAt)).toList();
    }

    // ---- one review -----------------------------------------------------------------------------

    /**
     * The review screen's data for a submission; reading changes nothing.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the viewer may not
     *     review, or the submission is missing, a draft, or outside their cohorts
     */
    @Transactional(readOnly = true)
    public ReviewSheet open(long viewerId, long attemptId) {
        Account reviewer = access.reviewer(viewerId);
        AttemptView attempt = access.reviewable(reviewer, attemptId);
        return sheet(reviewer, attempt, reviews.findByAttemptId(attemptId).orElse(null));
    }

    /**
     * Claims a submission for this mentor (or renews their own claim). Works on a released review
     * too: that starts an amendment, released later as the next version.
     *
     * @throws ReviewConflictException when another mentor's claim is still live, or another
     *     claim won a race in the database
     */
    public ReviewSheet claim(long mentorId, long attemptId) {
        return write("Another mentor claimed this submission at the same moment. Reload to see who.", () -> {
            Account reviewer = access.reviewer(mentorId);
            AttemptView attempt = access.reviewable(reviewer, attemptId);
            Instant now = clock.instant();
            Review review = reviews.findByAttemptId(attemptId).orElseGet(() -> new Review(attemptId,
                    attempt.userId(), attempt.itemType(), attempt.itemId(), now));
            if (review.claimActive(now) && !review.writableBy(mentorId)) {
                throw new ReviewConflictException(access.names().getOrDefault(review.getClaimedBy(), "Another mentor")
                        + " has claimed this submission until " + TIME.format(review.getClaimExpiresAt()) + ".");
            }
            review.claim(mentorId, now, now.plus(claimLength));
            reviews.saveAndFlush(review);
            if (attempt.status() == AttemptStatus.SUBMITTED) {
                practice.moveTo(attemptId, AttemptStatus.IN_REVIEW);
            }
            return sheet(reviewer, access.reviewable(reviewer, attemptId), review);
        });
    }

    /**
     * Gives a claim back by hand. The claimant may always; anyone with access may clear an
     * expired claim; an admin may clear any. The draft is kept for whoever claims next (for an
     * amendment that was never released, it returns to the latest released version). Without a
     * release yet, the attempt goes back to SUBMITTED.
     *
     * @throws ReviewConflictException when someone else holds a live claim
     */
    public ReviewSheet releaseClaim(long viewerId, long attemptId) {
        return write("The claim changed at the same moment. Reload and try again.", () -> {
            Account reviewer = access.reviewer(viewerId);
            AttemptView attempt = access.reviewable(reviewer, attemptId);
            Review review = reviews.findByAttemptId(attemptId).orElse(null);
            if (review == null || review.getClaimedBy() == null) {
                return sheet(reviewer, attempt, review);
            }
            if (!review.writableBy(viewerId) && review.claimActive(clock.instant()) && reviewer.getRole() != Role.ADMIN) {
                throw new ReviewConflictException("Only the mentor who claimed this submission can release the claim "
                        + "before it runs out.");
            }
            review.clearClaim();
            List<ReleasedReview> released = released(review);
            if (!released.isEmpty()) {
                review.saveDraft(released.getFirst().asDraft().toJson(), clock.instant());
            }
            reviews.saveAndFlush(review);
            if (released.isEmpty() && attempt.status() == AttemptStatus.IN_REVIEW) {
                practice.moveTo(attemptId, AttemptStatus.SUBMITTED);
            }
            return sheet(reviewer, access.reviewable(reviewer, attemptId), review);
        });
    }

    /**
     * Stores the working draft and extends the claim.
     *
     * @param expectedVersion {@link ReviewSheet#reviewVersion()} or the result of the last save
     * @return the new review version, to send with the next save
     * @throws ReviewConflictException when the mentor no longer holds the claim or the review
     *     changed since {@code expectedVersion}; nothing is stored
     * @throws ReviewInputException when a level is outside 0-3 or a comment is too long
     */
    public long saveDraft(long mentorId, long attemptId, ReviewDraft draft, long expectedVersion) {
        Objects.requireNonNull(draft, "draft");
        return write("Another tab or mentor saved this review at the same moment; your change was not stored.", () -> {
            Account reviewer = access.reviewer(mentorId);
            AttemptView attempt = access.reviewable(reviewer, attemptId);
            Review review = writable(attemptId, mentorId, expectedVersion);
            ReviewDraft clean = validated(attempt.report(), draft, false);
            Instant now = clock.instant();
            review.saveDraft(clean.toJson(), now);
            review.extendClaim(now.plus(claimLength));
            reviews.saveAndFlush(review);
            return review.getVersion();
        });
    }

    /**
     * Releases the review to the learner as its next version (1 for the first), ends the claim,
     * marks the attempt REVIEWED and notifies the learner, all in one transaction.
     *
     * @throws ReviewConflictException as for {@link #saveDraft}
     * @throws ReviewInputException when the overall comment is empty, a level is outside 0-3 or a
     *     comment is too long; the message names the field
     */
    public ReleasedReview release(long mentorId, long attemptId, ReviewDraft draft, long expectedVersion) {
        Objects.requireNonNull(draft, "draft");
        return write("Another tab or mentor changed this review at the same moment; nothing was released.", () -> {
            Account reviewer = access.reviewer(mentorId);
            AttemptView attempt = access.reviewable(reviewer, attemptId);
            Review review = writable(attemptId, mentorId, expectedVersion);
            GradeReport report = attempt.report();
            ReviewDraft clean = validated(report, draft, true);
            Instant now = clock.instant();
            List<ReviewVersion.CriterionRow> rows = new ArrayList<>();
            for (int i = 0; i < report.criteria().size(); i++) {
                CriterionGrade c = report.criteria().get(i);
                rows.add(new ReviewVersion.CriterionRow(c.criterionId(), c.title(), i, c.weight(), c.level(),
                        clean.level(c.criterionId(), c.level()), clean.comment(c.criterionId()).strip()));
            }
            int number = review.nextReleased();
            ReviewVersion version = versions.save(new ReviewVersion(review.getId(), number, mentorId,
                    reviewer.getDisplayName(), clean.overall().strip(), report.overall(), score(rows), report.rubricTag(),
                    now, rows));
            review.saveDraft(clean.toJson(), now);
            review.clearClaim();
            reviews.saveAndFlush(review);
            if (attempt.status() != AttemptStatus.REVIEWED) {
                practice.moveTo(attemptId, AttemptStatus.REVIEWED);
            }
            notifications.notify(attempt.userId(), NOTIFICATION_KIND, number == 1
                    ? reviewer.getDisplayName() + " reviewed your answer to “" + attempt.itemTitle() + "”."
                    : reviewer.getDisplayName() + " updated the review of your answer to “" + attempt.itemTitle()
                            + "” (version " + number + ").", "practice/attempt/" + attemptId);
            return released(version, attemptId);
        });
    }

    /**
     * The released versions of the review of a learner's own attempt, newest first; empty when
     * none was released.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the attempt is not
     *     this learner's
     */
    @Transactional(readOnly = true)
    public List<ReleasedReview> reviewsForLearner(long learnerId, long attemptId) {
        practice.get(learnerId, attemptId);
        return reviews.findByAttemptId(attemptId).map(this::released).orElse(List.of());
    }

    // ---- comment bank ---------------------------------------------------------------------------

    /** The mentor's saved comments, newest first. */
    @Transactional(readOnly = true)
    public List<BankComment> commentBank(long mentorId) {
        access.reviewer(mentorId);
        return bank.findByMentorIdOrderByCreatedAtDescIdDesc(mentorId).stream()
                .map(e -> new BankComment(e.getId(), e.getBody())).toList();
    }

    /**
     * Saves a comment to the mentor's bank; saving the same text again returns the stored one.
     *
     * @throws ReviewInputException ({@link ReviewInputException#BANK}) for an empty or over-long
     *     comment, or a full bank
     */
    @Transactional
    public BankComment saveToBank(long mentorId, String text) {
        access.reviewer(mentorId);
        String body = text == null ? "" : DatabaseText.storable(text).strip();
        if (body.isEmpty()) {
            throw new ReviewInputException(ReviewInputException.BANK,
                    "Comment bank: write a comment first; an empty comment cannot be saved.");
        }
        if (body.length() > MAX_COMMENT) {
            throw new ReviewInputException(ReviewInputException.BANK, "Comment bank: a saved comment may have at most "
                    + String.format("%,d", MAX_COMMENT) + " characters (this one has "
                    + String.format("%,d", body.length()) + ").");
        }
        var existing = bank.findByMentorIdOrderByCreatedAtDescIdDesc(mentorId).stream()
                .filter(e -> e.getBody().equals(body)).findFirst();
        if (existing.isPresent()) {
            return new BankComment(existing.get().getId(), existing.get().getBody());
        }
        if (bank.countByMentorId(mentorId) >= MAX_BANK) {
            throw new ReviewInputException(ReviewInputException.BANK, "Comment bank: it holds at most " + MAX_BANK
                    + " comments; delete one before saving another.");
        }
        CommentBankEntry saved = bank.save(new CommentBankEntry(mentorId, body, clock.instant()));
        return new BankComment(saved.getId(), saved.getBody());
    }

    /** Deletes one of the mentor's own saved comments; another mentor's or an unknown id changes nothing. */
    @Transactional
    public void deleteFromBank(long mentorId, long commentId) {
        access.reviewer(mentorId);
        bank.findById(commentId).filter(e -> e.getMentorId() == mentorId).ifPresent(bank::delete);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * The overall score of a set of levels, as the grader computes it before flags:
     * round(100 · Σ(weight · level / 3) / Σ weight).
     */
    static int score(List<ReviewVersion.CriterionRow> rows) {
        double total = rows.stream().mapToInt(ReviewVersion.CriterionRow::weight).sum();
        if (total == 0) {
            return 0;
        }
        double earned = rows.stream().mapToDouble(r -> r.weight() * r.mentorLevel() / 3.0).sum();
        return (int) Math.round(100 * earned / total);
    }

    /** The score a draft would release with (the same formula as {@link #score(List)}). */
    public static int score(GradeReport report, ReviewDraft draft) {
        List<ReviewVersion.CriterionRow> rows = new ArrayList<>();
        for (CriterionGrade c : report.criteria()) {
            rows.add(new ReviewVersion.CriterionRow(c.criterionId(), c.title(), 0, c.weight(), c.level(),
                    Math.max(0, Math.min(3, draft.level(c.criterionId(), c.level()))), ""));
        }
        return score(rows);
    }

    /** Runs a write in its own transaction and turns database races into a conflict. */
    private <T> T write(String raceMessage, Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            throw new ReviewConflictException(raceMessage, e);
        }
    }

    private Review writable(long attemptId, long mentorId, long expectedVersion) {
        Review review = reviews.findByAttemptId(attemptId).orElseThrow(() -> new ReviewConflictException(
                "Claim this submission before reviewing it."));
        if (!review.writableBy(mentorId)) {
            if (review.getClaimedBy() == null) {
                throw new ReviewConflictException("Your claim on this submission was released; claim it again to "
                        + "continue. Nothing was stored.");
            }
            throw new ReviewConflictException(access.names().getOrDefault(review.getClaimedBy(), "Another mentor")
                    + " claimed this submission at " + TIME.format(review.getClaimedAt())
                    + " after your claim ran out. Nothing was stored.");
        }
        if (review.getVersion() != expectedVersion) {
            throw new ReviewConflictException("This review was changed in another tab or by another mentor since you "
                    + "loaded it. Nothing was stored.");
        }
        return review;
    }

    /**
     * Keeps the criteria of the report only, with every level in 0-3 and comments within limits
     * (without NUL characters, see {@link DatabaseText}). For a release, the overall comment must
     * not be empty.
     */
    private static ReviewDraft validated(GradeReport report, ReviewDraft draft, boolean forRelease) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (CriterionGrade c : report.criteria()) {
            int level = draft.level(c.criterionId(), c.level());
            if (level < 0 || level > 3) {
                throw new ReviewInputException(c.criterionId(), "Level for “" + c.title() + "”: choose 0, 1, 2 or 3.");
            }
            levels.put(c.criterionId(), level);
            String comment = DatabaseText.storable(draft.comment(c.criterionId()));
            if (comment.length() > MAX_COMMENT) {
                throw new ReviewInputException(c.criterionId(), "Comment on “" + c.title() + "”: at most "
                        + String.format("%,d", MAX_COMMENT) + " characters (now "
                        + String.format("%,d", comment.length()) + ").");
            }
            if (!comment.isEmpty()) {
                comments.put(c.criterionId(), comment);
            }
        }
        String overall = DatabaseText.storable(draft.overall());
        if (overall.length() > MAX_OVERALL) {
            throw new ReviewInputException(ReviewInputException.OVERALL, "Overall comment: at most "
                    + String.format("%,d", MAX_OVERALL) + " characters (now "
                    + String.format("%,d", overall.length()) + ").");
        }
        if (forRelease && overall.isBlank()) {
            throw new ReviewInputException(ReviewInputException.OVERALL,
                    "Overall comment: write a few words for the learner before releasing the review.");
        }
        return new ReviewDraft(levels, comments, overall);
    }

    private ReviewSheet sheet(Account viewer, AttemptView attempt, Review review) {
        PracticeItem item = practice.item(attempt.itemType(), attempt.itemId()).orElse(null);
        Map<Long, String> names = access.names();
        List<ReleasedReview> released = review == null ? List.of() : released(review);
        ReviewDraft draft;
        if (review != null && review.getDraftJson() != null) {
            draft = ReviewDraft.fromJson(review.getDraftJson());
        } else if (!released.isEmpty()) {
            draft = released.getFirst().asDraft();
        } else {
            draft = ReviewDraft.fromGrader(attempt.report());
        }
        Claim claim = claim(review, names, clock.instant());
        boolean mine = review != null && review.writableBy(viewer.getId());
        return new ReviewSheet(attempt, item, names.getOrDefault(attempt.userId(), "?"),
                review == null ? -1 : review.getVersion(), claim, mine, draft,
                review == null ? null : review.getDraftSavedAt(), released);
    }

    private static Claim claim(Review review, Map<Long, String> names, Instant now) {
        if (review == null || review.getClaimedBy() == null) {
            return null;
        }
        return new Claim(review.getClaimedBy(), names.getOrDefault(review.getClaimedBy(), "?"), review.getClaimedAt(),
                review.getClaimExpiresAt(), review.claimActive(now));
    }

    private List<ReleasedReview> released(Review review) {
        if (review.getId() == null || review.getReleasedVersions() == 0) {
            return List.of();
        }
        return versions.findByReviewIdOrderByNumberDesc(review.getId()).stream()
                .map(v -> released(v, review.getAttemptId())).toList();
    }

    static ReleasedReview released(ReviewVersion v, long attemptId) {
        return new ReleasedReview(attemptId, v.getNumber(), v.getMentorName(), v.getReleasedAt(), v.getGraderScore(),
                v.getMentorScore(), v.getOverallComment(), v.getCriteria().stream()
                        .map(c -> new CriterionReview(c.criterionId(), c.title(), c.weight(), c.graderLevel(),
                                c.mentorLevel(), c.comment()))
                        .toList());
    }
}
