package io.praxis.app.demo;

import io.praxis.app.account.AccountService;
import io.praxis.app.cohort.CohortService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo accounts and cohort on a start with {@code praxis.demo.enabled=true}
 * (the {@code demo} profile). Idempotent: existing rows are left as they are, so restarts
 * keep whatever a demo user did. Features add their own demo activity through
 * {@link DemoActivity} beans, which run after the accounts exist.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "praxis.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final AccountService accounts;
    private final CohortService cohorts;
    private final List<DemoActivity> activities;
    private final Clock clock;

    DemoDataSeeder(AccountService accounts, CohortService cohorts, List<DemoActivity> activities, Clock clock) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (var demo : DemoData.ACCOUNTS) {
            if (accounts.findByEmail(demo.email()).isEmpty()) {
                accounts.create(demo.email(), demo.name(), DemoData.PASSWORD, demo.role());
                created++;
            }
        }
        var cohort = cohorts.findByName(DemoData.COHORT).orElseGet(() -> {
            LocalDate start = LocalDate.now(clock).minusWeeks(3);
            return cohorts.create(DemoData.COHORT, start, start.plusDays(90));
        });
        for (var demo : List.of(DemoData.LEARNER, DemoData.LEARNER_2, DemoData.MENTOR)) {
            cohorts.enrol(cohort.getId(), accounts.findByEmail(demo.email()).orElseThrow().getId());
        }
        activities.forEach(a -> a.seed(accounts.findByEmail(DemoData.LEARNER.email()).orElseThrow()));
        log.info("event=demo-data accounts_created={} cohort=\"{}\" password={}", created, DemoData.COHORT,
                DemoData.PASSWORD);
    }
}
