package io.praxis.content.plan;

import java.util.Objects;

/**
 * A rule by which a plan task ticks itself: every lesson of a module completed, one lesson
 * completed, or one case attempted (an attempt submitted, whatever its score).
 *
 * @param kind what must be done
 * @param targetId the id of the module, lesson or case; the loader checks that it exists
 */
public record AutoCompletion(Kind kind, String targetId) {

    /** What kind of work completes the task. */
    public enum Kind {
        MODULE("module"), LESSON("lesson"), CASE("case");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The key used in {@code plan.yaml}, e.g. {@code auto: {module: ml-fundamentals}}. */
        public String key() {
            return key;
        }
    }

    public AutoCompletion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
    }
}
