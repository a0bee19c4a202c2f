package io.praxis.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.Concurrently;
import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.review.ReviewService.ReviewSheet;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two mentors (or two tabs) acting on one review at the same moment: exactly one wins, the
 * other is told, and the stored review is the winner's, never a silent mix. The barrier starts
 * both calls together so that they really overlap in the database; whichever interleaving
 * happens, the outcome must be the same. The latches only bound how long a broken run may hang.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class ReviewConcurrencyTest {

    static final int ROUNDS = 5;

    @Autowired
    ReviewService reviews;
    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    ReviewRepository reviewRepository;
    @Autowired
    PlatformTransactionManager transactions;

    ReviewFixture f;
    long secondMentor;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        f = new ReviewFixture(accounts, cohorts, practice);
        secondMentor = accounts.create("twin-" + f.tag + "@example.org", "Tess Twin", ReviewFixture.PASSWORD,
                Role.MENTOR).getId();
        cohorts.enrol(cohorts.cohortsOf(f.mentor).getFirst().getId(), secondMentor);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void twoConcurrentClaimsLeaveExactlyOneMentorHoldingTheSubmission() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            AttemptView a = f.submit(f.learner);
            List<Object> outcomes = Concurrently.together(() -> reviews.claim(f.mentor, a.id()),
                    () -> reviews.claim(secondMentor, a.id()));
            List<ReviewSheet> won = outcomes.stream().filter(ReviewSheet.class::isInstance)
                    .map(ReviewSheet.class::cast).toList();
            assertThat(won).as("round %d: one claim wins: %s", round, outcomes).hasSize(1);
            assertThat(outcomes).as("the other is told").filteredOn(ReviewConflictException.class::isInstance)
                    .hasSize(1);
            long winner = won.getFirst().claim().mentorId();
            assertThat(reviews.open(winner, a.id()).mine()).isTrue();
            assertThat(reviews.open(winner == f.mentor ? secondMentor : f.mentor, a.id()).mine()).isFalse();
        }
    }

    @Test
    void twoConcurrentSavesOfTheSameVersionNeverOverwriteSilently() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            AttemptView a = f.submit(f.learner);
            ReviewSheet sheet = reviews.claim(f.mentor, a.id());
            ReviewDraft one = sheet.draft().withOverall("from tab one");
            ReviewDraft two = sheet.draft().withOverall("from tab two");
            List<Object> outcomes = Concurrently.together(
                    () -> reviews.saveDraft(f.mentor, a.id(), one, sheet.reviewVersion()),
                    () -> reviews.saveDraft(f.mentor, a.id(), two, sheet.reviewVersion()));
            assertThat(outcomes).as("round %d: one save wins: %s", round, outcomes)
                    .filteredOn(Long.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ReviewConflictException.class::isInstance).hasSize(1);
            String stored = reviews.open(f.mentor, a.id()).draft().overall();
            String winner = outcomes.get(0) instanceof Long ? "from tab one" : "from tab two";
            assertThat(stored).isEqualTo(winner);
        }
    }

    @Test
    void twoConcurrentReleasesStoreOneVersion() throws Exception {
        AttemptView a = f.submit(f.learner);
        ReviewSheet sheet = reviews.claim(f.mentor, a.id());
        List<Object> outcomes = Concurrently.together(
                () -> reviews.release(f.mentor, a.id(), sheet.draft().withOverall("one"), sheet.reviewVersion()),
                () -> reviews.release(f.mentor, a.id(), sheet.draft().withOverall("two"), sheet.reviewVersion()));
        assertThat(outcomes).filteredOn(ReviewService.ReleasedReview.class::isInstance).hasSize(1);
        assertThat(reviews.reviewsForLearner(f.learner, a.id())).hasSize(1);
    }

    /**
     * Below the service's version check: two transactions that both read the same row and both
     * write it. The {@code @Version} column makes the second commit fail instead of replacing the
     * first write.
     */
    @Test
    void theVersionColumnStopsTheSecondOfTwoOverlappingWrites() throws Exception {
        AttemptView a = f.submit(f.learner);
        reviews.claim(f.mentor, a.id());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch bothRead = new CountDownLatch(2);
        CountDownLatch firstCommitted = new CountDownLatch(1);
        Future<?> first = pool.submit(() -> {
            tx.executeWithoutResult(s -> {
                Review r = reviewRepository.findByAttemptId(a.id()).orElseThrow();
                bothRead.countDown();
                await(bothRead);
                r.saveDraft(new ReviewDraft(null, null, "first").toJson(), Instant.now());
            });
            firstCommitted.countDown();
        });
        Future<?> second = pool.submit(() -> tx.executeWithoutResult(s -> {
            Review r = reviewRepository.findByAttemptId(a.id()).orElseThrow();
            bothRead.countDown();
            await(bothRead);
            await(firstCommitted);
            r.saveDraft(new ReviewDraft(null, null, "second").toJson(), Instant.now());
        }));
        first.get(60, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(
                ObjectOptimisticLockingFailureException.class);
        assertThat(reviews.open(f.mentor, a.id()).draft().overall()).isEqualTo("first");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never arrived");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
