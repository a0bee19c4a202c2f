package io.praxis.app.journal;

import io.praxis.app.account.Account;
import io.praxis.app.demo.DemoActivity;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Demo learner: one journal entry linked to the plan's "start your journal" task. */
@Component
class JournalDemoActivity implements DemoActivity {

    static final String TITLE = "Inference is not training";
    static final String BODY = """
            **Concept:** training versus inference.

            *My words:* training is when the model's weights are fitted to examples; inference is every later \
            call that uses those fixed weights to answer. Cost and latency questions are mostly about inference.

            - Seen in: the arrival estimate in my ride app, recomputed on every request.
            - Open question: how often does a feature like that get retrained?
            """;

    private final JournalService journal;
    private final Clock clock;

    JournalDemoActivity(JournalService journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void seed(Account learner) {
        if (journal.hasEntries(learner.getId())) {
            return;
        }
        JournalLink link = journal.link(JournalLink.Kind.TASK, "w01-start-journal").orElse(null);
        journal.create(learner.getId(), new JournalService.Draft(LocalDate.now(clock).minusDays(18), TITLE, BODY,
                link));
    }
}
