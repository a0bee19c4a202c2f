package io.praxis.app.practice;

import io.praxis.content.Curriculum;
import io.praxis.content.search.PraxisAnalyzers;
import io.praxis.scoring.grading.Grader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The grader, built once: it compiles every rubric at start-up so grading is instant. */
@Configuration
class GraderConfig {

    @Bean
    Grader grader(Curriculum curriculum, PraxisAnalyzers analyzers) {
        return Grader.create(curriculum, analyzers);
    }
}
