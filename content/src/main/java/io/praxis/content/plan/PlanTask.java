package io.praxis.content.plan;

import java.util.List;
import java.util.Optional;

/**
 * One task of the plan template.
 *
 * @param id unique across the whole plan; learners' progress is stored under it, so it must
 *     never be reused for a different task
 * @param week the week (1-13) the template schedules it in; a learner may move it
 * @param title a short imperative line
 * @param description what doing it well looks like
 * @param modules modules it needs (ids)
 * @param lessons lessons it needs (ids)
 * @param cases cases it needs (ids)
 * @param calculators calculators it needs (ids)
 * @param auto the rule that completes it by itself, or null when the learner ticks it
 */
public record PlanTask(String id, int week, String title, String description, List<String> modules,
        List<String> lessons, List<String> cases, List<String> calculators, AutoCompletion auto) {

    public PlanTask {
        modules = List.copyOf(modules);
        lessons = List.copyOf(lessons);
        cases = List.copyOf(cases);
        calculators = List.copyOf(calculators);
    }

    public Optional<AutoCompletion> autoCompletion() {
        return Optional.ofNullable(auto);
    }
}
