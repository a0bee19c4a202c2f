package io.praxis.app.demo;

import io.praxis.app.account.Account;

/**
 * Demo activity a feature adds for the demo learner (lessons read, attempts made). Called
 * on every demo start; implementations must be idempotent.
 */
public interface DemoActivity {

    void seed(Account demoLearner);
}
