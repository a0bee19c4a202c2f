package io.praxis.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

    private final LoginPolicy policy = new LoginPolicy(5, 30, 900);

    @Test
    void noLockBeforeTheLimit() {
        assertThat(policy.lockAfter(4)).isEqualTo(Duration.ZERO);
    }

    @Test
    void locksDoubleAndAreCapped() {
        assertThat(policy.lockAfter(5)).hasSeconds(30);
        assertThat(policy.lockAfter(6)).hasSeconds(60);
        assertThat(policy.lockAfter(9)).hasSeconds(480);
        assertThat(policy.lockAfter(10)).hasSeconds(900);
        assertThat(policy.lockAfter(500)).hasSeconds(900);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new LoginPolicy(0, 30, 900)).hasMessageContaining("max-failures");
        assertThatThrownBy(() -> new LoginPolicy(5, 60, 30)).hasMessageContaining("lock-seconds");
    }
}
