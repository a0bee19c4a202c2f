package io.praxis.app.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.praxis.app.TestProfiles;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.scoring.grading.AnswerRejectedException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
class PracticeServiceTest {

    @Autowired
    PracticeService practice;
    @Autowired
    AccountService accounts;

    long alice;
    long bob;

    @BeforeEach
    void learners() {
        alice = accounts.create("alice-" + UUID.randomUUID() + "@example.org", "Alice", "long enough password",
                Role.LEARNER).getId();
        bob = accounts.create("bob-" + UUID.randomUUID() + "@example.org", "Bob", "long enough password",
                Role.LEARNER).getId();
    }

    @Test
    void draftBecomesAnImmutableGradedSubmission() {
        AttemptView draft = practice.startOrResume(alice, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        assertThat(draft.status()).isEqualTo(AttemptStatus.DRAFT);
        SaveResult saved = practice.saveDraft(alice, draft.id(), "first words", draft.draftRevision(), false);
        assertThat(saved.saved()).isTrue();
        assertThat(practice.startOrResume(alice, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE).draftText())
                .as("the draft is resumed, not replaced").isEqualTo("first words");

        AttemptView done = practice.submit(alice, draft.id(), PracticeDemoActivity.RETRY);
        assertThat(done.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(done.report()).isNotNull();
        assertThat(done.rubricTag()).isEqualTo("spam-detection@v" + done.report().rubricVersion());
        assertThat(done.score()).isEqualTo(done.report().overall()).isBetween(1, 100);
        assertThat(done.submittedAt()).isNotNull();

        // immutable: later saves and submits change nothing
        assertThat(practice.saveDraft(alice, draft.id(), "changed", done.draftRevision(), true).saved()).isFalse();
        assertThat(practice.submit(alice, draft.id(), "something else").answerText()).isEqualTo(PracticeDemoActivity.RETRY);
    }

    @Test
    void retryKeepsEveryAttempt() {
        for (int i = 0; i < 2; i++) {
            AttemptView a = practice.startNew(alice, ItemType.CASE, "ride-eta", AttemptMode.PRACTICE);
            practice.submit(alice, a.id(), PracticeDemoActivity.RETRY);
        }
        assertThat(practice.attemptsOf(alice, ItemType.CASE, "ride-eta")).hasSize(2)
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(AttemptStatus.SUBMITTED));
    }

    @Test
    void emptyAndOverLongAnswersAreRefusedWithTheLimit() {
        AttemptView a = practice.startNew(alice, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        assertThatThrownBy(() -> practice.submit(alice, a.id(), "   \n ")).isInstanceOf(AnswerRejectedException.class);
        assertThatThrownBy(() -> practice.submit(alice, a.id(), "x".repeat(20_001)))
                .isInstanceOf(AnswerRejectedException.class).hasMessageContaining("20,000");
        assertThat(practice.get(alice, a.id()).status()).as("a refused answer leaves the draft open")
                .isEqualTo(AttemptStatus.DRAFT);
    }

    @Test
    void anotherLearnersAttemptIsNeverReachable() {
        AttemptView a = practice.startNew(alice, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        assertThatThrownBy(() -> practice.get(bob, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.saveDraft(bob, a.id(), "mine now", 0, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.submit(bob, a.id(), "mine now")).isInstanceOf(AccessDeniedException.class);
        assertThat(practice.attemptsOf(bob)).isEmpty();
    }

    @Test
    void twoTabsNeverOverwriteEachOtherSilently() {
        AttemptView a = practice.startNew(alice, ItemType.CASE, "spam-detection", AttemptMode.PRACTICE);
        long seen = a.draftRevision();
        SaveResult tabOne = practice.saveDraft(alice, a.id(), "text from tab one", seen, false);
        assertThat(tabOne.saved()).isTrue();
        SaveResult tabTwo = practice.saveDraft(alice, a.id(), "text from tab two", seen, false);
        assertThat(tabTwo.saved()).isFalse();
        assertThat(tabTwo.conflict()).isTrue();
        assertThat(tabTwo.otherText()).isEqualTo("text from tab one");
        assertThat(practice.get(alice, a.id()).draftText()).isEqualTo("text from tab one");
        // the learner chose to keep tab two's text
        assertThat(practice.saveDraft(alice, a.id(), "text from tab two", tabTwo.revision(), true).saved()).isTrue();
        assertThat(practice.get(alice, a.id()).draftText()).isEqualTo("text from tab two");
    }

    @Test
    void mockInterviewGetsADeadlineFromTheSuggestedMinutes() {
        AttemptView mock = practice.startOrResume(alice, ItemType.CASE, "spam-detection", AttemptMode.MOCK);
        assertThat(mock.deadlineAt()).isNotNull();
        int minutes = practice.item(ItemType.CASE, "spam-detection").orElseThrow().minutes();
        assertThat(java.time.Duration.between(mock.createdAt(), mock.deadlineAt())).hasMinutes(minutes);
    }

    @Test
    void questionsWithoutACaseAreGradedWithTheStructuredAnswerRubric() {
        var question = practice.items().stream().filter(i -> i.type() == ItemType.QUESTION
                && i.rubric().id().equals("structured-answer")).findFirst().orElseThrow();
        AttemptView a = practice.startNew(alice, ItemType.QUESTION, question.id(), AttemptMode.PRACTICE);
        AttemptView done = practice.submit(alice, a.id(), PracticeDemoActivity.QUESTION_ANSWER);
        assertThat(done.rubricTag()).startsWith("structured-answer@v");
    }

    @Test
    void theBankHasEnoughQuestionsInEveryCategory() {
        var questions = practice.items().stream().filter(i -> i.type() == ItemType.QUESTION).toList();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(80);
        assertThat(questions.stream().map(PracticeItem::kind).distinct()).contains("product-sense", "ethics",
                "technical", "metrics", "strategy", "execution", "behavioural");
    }
}
