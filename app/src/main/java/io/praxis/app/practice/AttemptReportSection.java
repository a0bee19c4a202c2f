package io.praxis.app.practice;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to a learner's feedback report, such as the mentor's review.
 * Implementations are Spring beans; the report asks each for a fresh component on every visit
 * and shows it right after the grader's summary, so that both judgements sit side by side.
 * Practice does not depend on those features: they depend on this interface.
 */
public interface AttemptReportSection {

    /**
     * A section for one submitted attempt, or empty to show nothing.
     *
     * @param attempt the attempt being shown; the report has already checked that the signed-in
     *     learner owns it, but implementations that read more data must check again on their own
     */
    Optional<Component> create(AttemptView attempt);
}
