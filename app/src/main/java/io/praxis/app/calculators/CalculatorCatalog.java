package io.praxis.app.calculators;

import io.praxis.content.Calculators;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every calculator of Praxis: its id (the ids of {@link Calculators}, which lessons link to),
 * title, one-line summary for the index, what the metric is for, and how to make its form.
 */
final class CalculatorCatalog {

    /**
     * One calculator.
     *
     * @param id      the id in the address {@code /calculators/<id>}
     * @param summary one line for the index
     * @param purpose what the metric is for, shown under the title
     * @param form    makes a new form (forms hold state, one per page)
     */
    record Entry(String id, String summary, String purpose, Supplier<CalculatorForm> form) {
        String title() {
            return Calculators.title(id);
        }
    }

    static final List<Entry> ALL = List.of(
            new Entry("confusion", "Precision, recall, F1 and more from the four counts of a confusion matrix.",
                    "A classifier's mistakes come in two kinds: false alarms and misses. These metrics put "
                            + "numbers on each, so you can decide which one your product can afford.",
                    ConfusionCalculator::new),
            new Entry("threshold", "Move a decision threshold over scored examples and watch precision and recall "
                    + "trade; ROC and precision–recall curves.",
                    "Most models output a score, and the product decides where to cut it. Move the threshold to "
                            + "see the trade between catching more positives and raising more false alarms; "
                            + "the curves show every possible cut at once.",
                    ThresholdCalculator::new),
            new Entry("ranking", "How good is a ranked list? NDCG, MAP, MRR, precision@k and recall@k.",
                    "Search, feeds and recommendations live or die by what appears at the top. These metrics "
                            + "score a ranking against relevance judgements, rewarding good results placed early.",
                    RankingCalculator::new),
            new Entry("bleu", "How much of a generated text's wording matches reference texts.",
                    "BLEU compares generated text (classically a machine translation) with human references by "
                            + "counting shared word sequences. It is cheap and repeatable, and blind to meaning.",
                    BleuCalculator::new),
            new Entry("rouge", "How much of a reference summary a generated summary covers.",
                    "ROUGE scores summaries by word overlap with a reference: recall asks how much of the "
                            + "reference made it in, precision how much of the summary is on point.",
                    RougeCalculator::new),
            new Entry("perplexity", "How surprised a language model is by a text.",
                    "Perplexity turns the probabilities a language model gave to each actual token into one "
                            + "number: how many options it was effectively choosing between. Lower means the "
                            + "model predicts this kind of text better.",
                    PerplexityCalculator::new),
            new Entry("abtest", "Did the change move conversion? Lift, p-value and confidence interval.",
                    "An A/B test shows one group the current product and another the change. These numbers say "
                            + "how big the difference is and whether it is likely to be more than chance.",
                    AbTestCalculator::new),
            new Entry("samplesize", "How many visitors an A/B test needs to detect the change you care about.",
                    "Before starting a test, decide the smallest effect worth detecting; this gives the number "
                            + "of visitors each arm needs, and so how long the test must run.",
                    SampleSizeCalculator::new),
            new Entry("drift", "Has the data shifted since training? Population stability index and KL divergence.",
                    "Models assume tomorrow's data looks like their training data. Comparing the two "
                            + "distributions bin by bin shows when that stops being true, often before accuracy "
                            + "visibly drops.",
                    DriftCalculator::new),
            new Entry("fairness", "Does the model treat groups alike? Gaps in selection and error rates.",
                    "An accurate model can still select, or wrongly reject, one group far more often than "
                            + "another. These gaps make that visible so the team can decide what is acceptable.",
                    FairnessCalculator::new),
            new Entry("percentiles", "p50, p90, p95 and p99 latency: what typical and unlucky users wait.",
                    "Averages hide the slow requests users remember. Percentiles say how long the typical "
                            + "request takes and how long the unlucky one in 20 or in 100 waits.",
                    PercentilesCalculator::new),
            new Entry("unit-economics", "What one action and one successful outcome of an AI feature cost.",
                    "AI features cost money per use, including uses that fail. Cost per successful outcome is "
                            + "the number that decides whether a feature pays for itself.",
                    UnitEconomicsCalculator::new));

    private CalculatorCatalog() {
    }

    static Optional<Entry> find(String id) {
        return ALL.stream().filter(e -> e.id.equals(id)).findFirst();
    }
}
