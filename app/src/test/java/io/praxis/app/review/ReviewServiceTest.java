package io.praxis.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.notification.NotificationService;
import io.praxis.app.practice.AttemptStatus;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.review.ReviewService.QueueEntry;
import io.praxis.app.review.ReviewService.QueueFilter;
import io.praxis.app.review.ReviewService.ReleasedReview;
import io.praxis.app.review.ReviewService.ReviewSheet;
import io.praxis.scoring.evaluation.GoldAnswer;
import io.praxis.scoring.evaluation.GoldSet;
import io.praxis.scoring.grading.CriterionGrade;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    CalibrationService calibration;
    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    NotificationService notifications;
    @Autowired
    ReviewAccess access;
    @Autowired
    ReviewRepository reviewRepository;
    @Autowired
    ReviewVersionRepository versionRepository;
    @Autowired
    CommentBankRepository bankRepository;
    @Autowired
    PlatformTransactionManager transactions;

    ReviewFixture f;

    @BeforeEach
    void people() {
        f = new ReviewFixture(accounts, cohorts, practice);
    }

    /** A clock that tests move by hand, for claim time-outs without waiting. */
    static final class MovableClock extends Clock {
        Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    ReviewService withClock(Clock clock) {
        return new ReviewService(access, practice, notifications, reviewRepository, versionRepository, bankRepository,
                transactions, clock, 30);
    }

    // ---- access ---------------------------------------------------------------------------------

    @Test
    void aMentorOnlyReachesSubmissionsOfTheirCohorts() {
        AttemptView mine = f.submit(f.learner);
        AttemptView far = f.submit(f.otherLearner);

        assertThat(reviews.queue(f.mentor, QueueFilter.ALL)).extracting(QueueEntry::attemptId)
                .contains(mine.id()).doesNotContain(far.id());
        assertThat(reviews.queue(f.admin, QueueFilter.ALL)).extracting(QueueEntry::attemptId)
                .as("an admin sees every cohort").contains(mine.id(), far.id());

        assertThatThrownBy(() -> reviews.open(f.mentor, far.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.claim(f.mentor, far.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.releaseClaim(f.mentor, far.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.saveDraft(f.mentor, far.id(), ReviewDraft.fromGrader(far.report()), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.open(f.mentor, 987_654_321L))
                .as("a missing id looks the same as a foreign one").isInstanceOf(AccessDeniedException.class)
                .hasMessage("No submission 987654321 for this reviewer");
        assertThat(practice.forReview(far.id())).get().extracting(AttemptView::status)
                .as("refused calls changed nothing").isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(reviews.open(f.admin, far.id()).attempt().id()).isEqualTo(far.id());
    }

    @Test
    void learnersCannotReviewAndOnlyReadTheirOwnReviews() {
        AttemptView a = f.submit(f.learner);
        assertThatThrownBy(() -> reviews.queue(f.learner, QueueFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.open(f.learner, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.claim(f.learner, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.commentBank(f.learner)).isInstanceOf(AccessDeniedException.class);

        release(f.mentor, a, "Good start.");
        assertThat(reviews.reviewsForLearner(f.learner, a.id())).hasSize(1);
        assertThatThrownBy(() -> reviews.reviewsForLearner(f.otherLearner, a.id()))
                .as("another learner cannot read this review").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void draftsAreNeverReviewable() {
        AttemptView draft = practice.startNew(f.learner, io.praxis.app.practice.ItemType.CASE, "spam-detection",
                io.praxis.app.practice.AttemptMode.PRACTICE);
        assertThatThrownBy(() -> reviews.open(f.mentor, draft.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.queue(f.mentor, QueueFilter.ALL)).extracting(QueueEntry::attemptId)
                .doesNotContain(draft.id());
    }

    // ---- queue and claims -----------------------------------------------------------------------

    @Test
    void queueIsOldestFirstWithGraderFlagsAndFilters() {
        AttemptView first = f.submit(f.learner);
        AttemptView short1 = f.submit(f.learner, "Use machine learning for spam.");
        List<QueueEntry> queue = reviews.queue(f.mentor, QueueFilter.ALL);
        assertThat(queue).extracting(QueueEntry::submittedAt).isSorted();
        QueueEntry flagged = queue.stream().filter(e -> e.attemptId() == short1.id()).findFirst().orElseThrow();
        assertThat(flagged.needsReview()).isTrue();
        assertThat(flagged.flags()).isNotEmpty();
        assertThat(flagged.confidence()).isBetween(0.0, 1.0);

        assertThat(reviews.queue(f.mentor, new QueueFilter(null, null, f.learner, false)))
                .extracting(QueueEntry::attemptId).containsExactly(first.id(), short1.id());
        assertThat(reviews.queue(f.mentor, new QueueFilter(null, null, f.learner, true)))
                .as("routed only: the ones the grader flagged or was unsure about")
                .allMatch(QueueEntry::needsReview).extracting(QueueEntry::attemptId).contains(short1.id());
        assertThat(reviews.queue(f.mentor, new QueueFilter(io.praxis.app.practice.ItemType.CASE, "ride-eta",
                f.learner, false))).isEmpty();
    }

    @Test
    void claimLocksToOneMentorUntilReleasedByHand() {
        long second = accounts.create("second-" + f.tag + "@example.org", "Sid Second", ReviewFixture.PASSWORD,
                io.praxis.app.account.Role.MENTOR).getId();
        cohorts.enrol(cohorts.cohortsOf(f.mentor).getFirst().getId(), second);
        AttemptView a = f.submit(f.learner);

        ReviewSheet claimed = reviews.claim(f.mentor, a.id());
        assertThat(claimed.mine()).isTrue();
        assertThat(claimed.attempt().status()).isEqualTo(AttemptStatus.IN_REVIEW);
        assertThatThrownBy(() -> reviews.claim(second, a.id())).isInstanceOf(ReviewConflictException.class)
                .hasMessageContaining("Mona Mentor");
        assertThatThrownBy(() -> reviews.releaseClaim(second, a.id())).isInstanceOf(ReviewConflictException.class);
        assertThat(reviews.open(second, a.id()).mine()).isFalse();

        reviews.releaseClaim(f.mentor, a.id());
        assertThat(practice.forReview(a.id()).orElseThrow().status()).as("back in the queue")
                .isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(reviews.claim(second, a.id()).mine()).isTrue();
    }

    @Test
    void anExpiredClaimCanBeTakenOverAndTheFirstMentorsLateSaveIsRefused() {
        long second = accounts.create("late-" + f.tag + "@example.org", "Lou Late", ReviewFixture.PASSWORD,
                io.praxis.app.account.Role.MENTOR).getId();
        cohorts.enrol(cohorts.cohortsOf(f.mentor).getFirst().getId(), second);
        MovableClock clock = new MovableClock();
        ReviewService timed = withClock(clock);
        AttemptView a = f.submit(f.learner);
        ReviewSheet first = timed.claim(f.mentor, a.id());
        long v1 = timed.saveDraft(f.mentor, a.id(), first.draft().withOverall("first mentor's words"),
                first.reviewVersion());

        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThatThrownBy(() -> timed.claim(second, a.id())).as("still live").isInstanceOf(ReviewConflictException.class);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        QueueEntry inQueue = timed.queue(second, QueueFilter.ALL).stream().filter(e -> e.attemptId() == a.id())
                .findFirst().orElseThrow();
        assertThat(inQueue.claim().active()).isFalse();
        assertThat(inQueue.claimableBy(second)).isTrue();

        ReviewSheet taken = timed.claim(second, a.id());
        assertThat(taken.draft().overall()).as("the draft is kept for the next mentor").isEqualTo("first mentor's words");
        assertThatThrownBy(() -> timed.saveDraft(f.mentor, a.id(), first.draft().withOverall("late"), v1))
                .isInstanceOf(ReviewConflictException.class).hasMessageContaining("Lou Late");
        assertThat(timed.open(second, a.id()).draft().overall()).isEqualTo("first mentor's words");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        AttemptView a = f.submit(f.learner);
        ReviewSheet sheet = reviews.claim(f.mentor, a.id());
        long tabOne = reviews.saveDraft(f.mentor, a.id(), sheet.draft().withOverall("tab one"), sheet.reviewVersion());
        assertThatThrownBy(() -> reviews.saveDraft(f.mentor, a.id(), sheet.draft().withOverall("tab two"),
                sheet.reviewVersion())).isInstanceOf(ReviewConflictException.class);
        assertThatThrownBy(() -> reviews.release(f.mentor, a.id(), sheet.draft().withOverall("tab two"),
                sheet.reviewVersion())).isInstanceOf(ReviewConflictException.class);
        assertThat(reviews.open(f.mentor, a.id()).draft().overall()).isEqualTo("tab one");
        assertThat(reviews.open(f.mentor, a.id()).reviewVersion()).isEqualTo(tabOne);
        assertThat(reviews.reviewsForLearner(f.learner, a.id())).isEmpty();
    }

    // ---- release, versions, notifications -------------------------------------------------------

    @Test
    void releaseStoresAVersionMarksReviewedAndNotifiesTheLearner() {
        AttemptView a = f.submit(f.learner);
        long unreadBefore = notifications.unreadCount(f.learner);
        CriterionGrade c = a.report().criteria().getFirst();
        int changed = c.level() == 3 ? 2 : c.level() + 1;

        ReviewSheet sheet = reviews.claim(f.mentor, a.id());
        ReviewDraft draft = sheet.draft().withLevel(c.criterionId(), changed)
                .withComment(c.criterionId(), "Name who is hurt first.").withOverall("Solid structure.");
        long v = reviews.saveDraft(f.mentor, a.id(), draft, sheet.reviewVersion());
        ReleasedReview released = reviews.release(f.mentor, a.id(), draft, v);

        assertThat(released.number()).isEqualTo(1);
        assertThat(released.criteria().getFirst().mentorLevel()).isEqualTo(changed);
        assertThat(released.criteria().getFirst().graderLevel()).isEqualTo(c.level());
        assertThat(released.mentorScore()).isEqualTo(ReviewService.score(a.report(), draft));
        assertThat(practice.forReview(a.id()).orElseThrow().status()).isEqualTo(AttemptStatus.REVIEWED);
        assertThat(reviews.queue(f.mentor, QueueFilter.ALL)).extracting(QueueEntry::attemptId).doesNotContain(a.id());
        assertThat(notifications.unreadCount(f.learner)).isEqualTo(unreadBefore + 1);
        assertThat(notifications.recent(f.learner, 1).getFirst().link()).isEqualTo("practice/attempt/" + a.id());
        assertThat(notifications.recent(f.learner, 1).getFirst().message()).contains("Mona Mentor");
        ReviewSheet after = reviews.open(f.mentor, a.id());
        assertThat(after.claim()).as("release ends the claim").isNull();
        assertThat(after.released()).isTrue();
    }

    @Test
    void aReleasedReviewIsAmendedOnlyAsANewVersionAndTheLearnerSeesTheHistory() {
        AttemptView a = f.submit(f.learner);
        release(f.mentor, a, "First thoughts.");
        ReviewSheet amend = reviews.claim(f.mentor, a.id());
        assertThat(amend.attempt().status()).as("an amendment does not reopen the submission")
                .isEqualTo(AttemptStatus.REVIEWED);
        assertThat(amend.draft().overall()).as("the amendment starts from the release").isEqualTo("First thoughts.");
        reviews.release(f.mentor, a.id(), amend.draft().withOverall("Second thoughts."), amend.reviewVersion());

        List<ReleasedReview> history = reviews.reviewsForLearner(f.learner, a.id());
        assertThat(history).extracting(ReleasedReview::number).containsExactly(2, 1);
        assertThat(history).extracting(ReleasedReview::overallComment).containsExactly("Second thoughts.",
                "First thoughts.");
        assertThat(notifications.recent(f.learner, 1).getFirst().message()).contains("version 2");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        AttemptView a = f.submit(f.learner);
        ReviewSheet sheet = reviews.claim(f.mentor, a.id());
        CriterionGrade c = a.report().criteria().getFirst();
        assertThatThrownBy(() -> reviews.release(f.mentor, a.id(), sheet.draft(), sheet.reviewVersion()))
                .isInstanceOf(ReviewInputException.class).hasMessageStartingWith("Overall comment")
                .extracting(e -> ((ReviewInputException) e).field()).isEqualTo(ReviewInputException.OVERALL);
        assertThatThrownBy(() -> reviews.saveDraft(f.mentor, a.id(), sheet.draft().withComment(c.criterionId(),
                "x".repeat(ReviewService.MAX_COMMENT + 1)), sheet.reviewVersion()))
                .isInstanceOf(ReviewInputException.class).hasMessageContaining(c.title()).hasMessageContaining("2,000")
                .extracting(e -> ((ReviewInputException) e).field()).isEqualTo(c.criterionId());
        assertThatThrownBy(() -> reviews.saveDraft(f.mentor, a.id(), sheet.draft().withLevel(c.criterionId(), 4),
                sheet.reviewVersion())).isInstanceOf(ReviewInputException.class).hasMessageContaining("0, 1, 2 or 3");
        assertThat(reviews.open(f.mentor, a.id()).reviewVersion()).as("nothing stored").isEqualTo(sheet.reviewVersion());
    }

    // ---- comment bank ---------------------------------------------------------------------------

    @Test
    void eachMentorHasTheirOwnCommentBank() {
        reviews.saveToBank(f.mentor, "  Quantify the cost of each error.  ");
        reviews.saveToBank(f.mentor, "Quantify the cost of each error.");
        reviews.saveToBank(f.mentor, ReviewFixture.PAYLOAD);
        assertThat(reviews.commentBank(f.mentor)).extracting(ReviewService.BankComment::text)
                .containsExactly(ReviewFixture.PAYLOAD, "Quantify the cost of each error.");
        assertThat(reviews.commentBank(f.otherMentor)).isEmpty();
        long id = reviews.commentBank(f.mentor).getFirst().id();
        reviews.deleteFromBank(f.otherMentor, id);
        assertThat(reviews.commentBank(f.mentor)).as("another mentor cannot delete it").hasSize(2);
        reviews.deleteFromBank(f.mentor, id);
        assertThat(reviews.commentBank(f.mentor)).hasSize(1);
        assertThatThrownBy(() -> reviews.saveToBank(f.mentor, "   ")).isInstanceOf(ReviewInputException.class)
                .hasMessageStartingWith("Comment bank");
    }

    // ---- calibration ----------------------------------------------------------------------------

    @Test
    void calibrationMeasuresAgreementAndExportsAGoldSetTheGraderReads() {
        AttemptView agreed = f.submit(f.learner);
        release(f.mentor, agreed, "Agree with the grader.");
        AttemptView changed = f.submit(f.learner, ReviewFixture.ANSWER + " " + ReviewFixture.PAYLOAD);
        ReviewSheet sheet = reviews.claim(f.mentor, changed.id());
        ReviewDraft draft = sheet.draft();
        for (CriterionGrade c : changed.report().criteria()) {
            draft = draft.withLevel(c.criterionId(), c.level() >= 2 ? c.level() - 2 : c.level() + 2);
        }
        reviews.release(f.mentor, changed.id(), draft.withOverall("Quite different."), sheet.reviewVersion());

        CalibrationService.Report report = calibration.report(f.mentor);
        int criteria = agreed.report().criteria().size();
        assertThat(report.reviews()).as("only this mentor's cohort").isEqualTo(2);
        assertThat(report.overall().pairs()).isEqualTo(2 * criteria);
        assertThat(report.overall().exact()).isEqualTo(0.5);
        assertThat(report.overall().adjacent()).isEqualTo(0.5);
        assertThat(report.items()).singleElement().satisfies(i -> {
            assertThat(i.itemId()).isEqualTo("spam-detection");
            assertThat(i.criteria()).hasSize(criteria);
        });
        assertThat(report.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.attemptId()).isEqualTo(changed.id());
            assertThat(d.distance()).isEqualTo(2 * criteria);
        });
        assertThat(calibration.report(f.otherMentor).reviews()).as("another cohort's reviews stay private").isZero();

        String jsonl = calibration.goldSet(f.mentor, "spam-detection");
        List<GoldAnswer> gold = GoldSet.parse("export.jsonl", jsonl);
        assertThat(gold).hasSize(2);
        GoldAnswer g = gold.stream().filter(x -> x.answer().contains("<script>")).findFirst().orElseThrow();
        assertThat(g.caseId()).isEqualTo("spam-detection");
        assertThat(g.answer()).isEqualTo(changed.answerText());
        assertThat(g.score()).isEqualTo(ReviewService.score(changed.report(), draft));
        ReviewDraft released = draft;
        assertThat(g.levels()).containsAllEntriesOf(changed.report().criteria().stream().collect(
                java.util.stream.Collectors.toMap(CriterionGrade::criterionId,
                        c -> released.level(c.criterionId(), -1))));
        assertThat(calibration.goldSet(f.mentor, "ride-eta")).isEmpty();
    }

    private void release(long mentor, AttemptView a, String overall) {
        ReviewSheet sheet = reviews.claim(mentor, a.id());
        reviews.release(mentor, a.id(), sheet.draft().withOverall(overall), sheet.reviewVersion());
    }
}
