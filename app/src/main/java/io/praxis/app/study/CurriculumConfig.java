package io.praxis.app.study;

import io.praxis.content.Curriculum;
import io.praxis.content.CurriculumLoader;
import io.praxis.content.search.PraxisAnalyzers;
import io.praxis.content.search.SearchIndex;
import io.praxis.content.validation.ContentValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the curriculum and builds the search index once, at start-up. Invalid content stops
 * the application with the validator's full report (every file, line and problem), because
 * serving a half-valid curriculum would show learners broken lessons.
 */
@Configuration
class CurriculumConfig {

    private static final Logger log = LoggerFactory.getLogger(CurriculumConfig.class);

    @Bean
    Curriculum curriculum() {
        long start = System.nanoTime();
        try {
            Curriculum curriculum = CurriculumLoader.loadBundled();
            log.info("event=content-loaded lessons={} modules={} glossary_terms={} cases={} questions={} ms={}",
                    curriculum.lessons().size(), curriculum.modules().size(), curriculum.glossary().size(),
                    curriculum.cases().size(), curriculum.questions().size(), (System.nanoTime() - start) / 1_000_000);
            return curriculum;
        } catch (ContentValidationException e) {
            log.error("\n{}\nPraxis will not start with invalid content. Fix the files above and restart.",
                    e.getMessage());
            throw e;
        }
    }

    @Bean
    PraxisAnalyzers praxisAnalyzers() {
        return PraxisAnalyzers.load();
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(Curriculum curriculum, PraxisAnalyzers analyzers) {
        long start = System.nanoTime();
        SearchIndex index = SearchIndex.build(curriculum, analyzers);
        log.info("event=search-index-built documents={} ms={}", index.documentCount(),
                (System.nanoTime() - start) / 1_000_000);
        return index;
    }
}
