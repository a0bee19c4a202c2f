package io.praxis.app.practice;

import java.util.List;
import java.util.Locale;

/**
 * Groups rubric criteria of different cases into the skill areas a learner can act on, by
 * the words in the criterion id (authors name criteria after what they measure: "risks",
 * "metrics-tradeoffs", "data-labels" ...). The first area whose keyword occurs wins, so the
 * order of {@link #AREAS} resolves ids that mention two things ("problem-labels" is data).
 */
public final class SkillAreas {

    /** One skill area: its display name and the words that put a criterion id into it. */
    public record Area(String name, List<String> keywords) {
    }

    /** The areas in precedence order (also the order dashboards list them in). */
    public static final List<Area> AREAS = List.of(
            new Area("Risks, ethics and governance", List.of("risk", "harm", "fair", "bias", "legal", "consent",
                    "privacy", "threat", "control", "governance", "remedy", "recourse", "sensitiv", "provenance",
                    "policy", "transparen", "appeal", "prevention", "duties", "boundary", "safety")),
            new Area("Cost and economics", List.of("cost", "econom")),
            new Area("Data", List.of("data", "label", "signal")),
            new Area("Metrics and evaluation", List.of("metric", "eval", "measure", "threshold", "precision", "error",
                    "validation", "experiment", "verification", "segment", "offline", "gap", "evidence", "hypothes",
                    "quality", "proxy")),
            new Area("Launch, operations and decisions", List.of("launch", "rollout", "iterat", "monitor", "loop",
                    "next-steps", "decision", "communication", "contain", "plan", "delivery", "action", "routing",
                    "conclusion", "capacity")),
            new Area("Approach and technical judgement", List.of("ml", "approach", "technique", "model", "method",
                    "capabilit", "option", "structure", "substance", "judgement", "root-cause", "design")),
            new Area("Problem framing", List.of("user", "problem", "clarify", "framing", "goal", "stakeholder",
                    "audience")));

    /** The area of a criterion id that matches no keyword. */
    public static final String OTHER = "Other";

    private SkillAreas() {
    }

    /** The skill area of a criterion id. */
    public static String of(String criterionId) {
        String id = criterionId.toLowerCase(Locale.ROOT);
        for (Area a : AREAS) {
            if (a.keywords().stream().anyMatch(id::contains)) {
                return a.name();
            }
        }
        return OTHER;
    }
}
