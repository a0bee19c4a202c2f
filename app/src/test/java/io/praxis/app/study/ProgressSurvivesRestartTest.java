package io.praxis.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.praxis.app.PraxisApplication;
import io.praxis.app.account.AccountService;
import io.praxis.app.demo.DemoData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Progress is stored in the database file, so it is still there after the application restarts. */
class ProgressSurvivesRestartTest {

    @TempDir
    Path dataDir;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PraxisApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("demo")
                .properties("praxis.data-dir=" + dataDir, "server.port=0", "vaadin.devmode.devTools.enabled=false")
                .run();
    }

    @Test
    void completedLessonIsStillCompleteAfterARestart() {
        long userId;
        try (var first = start()) {
            userId = first.getBean(AccountService.class).findByEmail(DemoData.LEARNER_2.email()).orElseThrow().getId();
            first.getBean(StudyService.class).complete(userId, "bias-and-fairness");
        }
        try (var second = start()) {
            assertThat(second.getBean(StudyService.class).isComplete(userId, "bias-and-fairness")).isTrue();
            assertThat(second.getBean(StudyService.class).isComplete(userId, "explainability")).isFalse();
        }
    }
}
