package io.praxis.app.dashboard;

import io.praxis.app.account.Account;
import io.praxis.app.account.AccountService;
import io.praxis.app.account.Role;
import io.praxis.app.cohort.Cohort;
import io.praxis.app.cohort.CohortService;
import io.praxis.app.practice.AttemptMode;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.practice.ItemType;
import io.praxis.app.practice.PracticeService;
import io.praxis.app.study.StudyService;
import io.praxis.content.lesson.Lesson;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates cohorts, people and activity through the services, with names unique per call. */
final class DashboardFixture {

    static final String PASSWORD = "fixture-password-1";

    /** An answer too thin to earn more than level 1 anywhere. */
    static final String POOR_ANSWER = "I would build a good model and make the users happy with it. "
            + "Then we launch it and see what happens next week.";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final CohortService cohorts;
    private final StudyService study;
    private final PracticeService practice;

    DashboardFixture(AccountService accounts, CohortService cohorts, StudyService study, PracticeService practice) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.study = study;
        this.practice = practice;
    }

    static int next() {
        return SEQUENCE.incrementAndGet();
    }

    Cohort cohort(LocalDate start, LocalDate end) {
        return cohorts.create("Dashboard test cohort " + next(), start, end);
    }

    Account account(Role role, String name) {
        return accounts.create(role.name().toLowerCase() + "-" + next() + "@dashboard.test", name, PASSWORD, role);
    }

    Account learnerIn(Cohort cohort, String name) {
        Account a = account(Role.LEARNER, name);
        cohorts.enrol(cohort.getId(), a.getId());
        return a;
    }

    Account mentorOf(Cohort cohort) {
        Account a = account(Role.MENTOR, "Mentor " + next());
        cohorts.enrol(cohort.getId(), a.getId());
        return a;
    }

    void complete(Account learner, Lesson lesson) {
        study.opened(learner.getId(), lesson.id());
        study.complete(learner.getId(), lesson.id());
    }

    List<Lesson> lessonsOf(int moduleIndex) {
        var modules = study.curriculum().modules();
        return study.curriculum().lessonsOf(modules.get(moduleIndex).id());
    }

    AttemptView submit(Account learner, String caseId, String answer) {
        AttemptView a = practice.startNew(learner.getId(), ItemType.CASE, caseId, AttemptMode.PRACTICE);
        return practice.submit(learner.getId(), a.id(), answer);
    }
}
