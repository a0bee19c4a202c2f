package io.praxis.app.practice;

import io.praxis.content.Links;
import io.praxis.content.practice.CaseStudy;
import io.praxis.content.practice.Difficulty;
import io.praxis.content.practice.Question;
import io.praxis.content.practice.Rubric;
import java.util.List;

/**
 * A case or an interview question seen the same way by the practice pages.
 *
 * @param kind the case kind or question category id (e.g. product-sense, behavioural)
 * @param kindLabel its display name
 * @param modelAnswer the case's model answer, or null for questions
 * @param guidance what a strong answer covers (questions), empty for cases
 */
public record PracticeItem(ItemType type, String id, String title, String kind, String kindLabel, Difficulty difficulty,
        int minutes, String prompt, String context, List<String> lessons, Rubric rubric, String modelAnswer,
        List<String> guidance, String pitfall) {

    static PracticeItem of(CaseStudy c) {
        return new PracticeItem(ItemType.CASE, c.id(), c.title(), c.kind().id(), c.kind().label(), c.difficulty(),
                c.minutes(), c.prompt(), c.context(), c.lessons(), c.rubric(), c.modelAnswer(), List.of(), null);
    }

    static PracticeItem of(Question q, Rubric rubric) {
        return new PracticeItem(ItemType.QUESTION, q.id(), q.question(), q.category().id(), q.category().label(),
                q.difficulty(), q.minutes(), q.question(), "", q.lessons(), rubric, null, q.strongAnswer(), q.pitfall());
    }

    /** The page where it is attempted. */
    public String url() {
        return type == ItemType.CASE ? Links.caseStudy(id) : Links.question(id);
    }
}
