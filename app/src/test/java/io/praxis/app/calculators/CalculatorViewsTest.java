package io.praxis.app.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.QueryParameters;
import io.praxis.app.TestProfiles;
import io.praxis.app.shell.NotFoundView;
import io.praxis.content.Calculators;
import io.praxis.scoring.metrics.threshold.ThresholdInput;
import io.praxis.scoring.metrics.threshold.ThresholdMetrics;
import io.praxis.scoring.metrics.threshold.ThresholdResult;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The calculator pages as an anonymous visitor sees them: every page opens and computes its
 * examples, bad input is named beside its field, undefined values give their reason, the URL
 * restores a calculation, and pasted CSV is checked line by line up to 100,000 rows.
 */
@SpringBootTest
@ActiveProfiles({TestProfiles.DEMO, TestProfiles.TEST})
@WithAnonymousUser
@DirtiesContext // like the other browserless tests: a context reused after a real-servlet test loses its security setup
class CalculatorViewsTest extends SpringBrowserlessTest {

    // ---- helpers

    /** The component with this id, visible or not ($ finds only visible ones). */
    private static Component byId(String id) {
        return descendants(UI.getCurrent()).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(CalculatorViewsTest::descendants));
    }

    private String text(String id) {
        return byId(id).getElement().getTextRecursively();
    }

    private boolean visible(String id) {
        return byId(id).isVisible();
    }

    private TextFieldBase<?, String> field(String id) {
        @SuppressWarnings("unchecked")
        TextFieldBase<?, String> f = (TextFieldBase<?, String>) byId(id);
        return f;
    }

    private void type(String id, String value) {
        Component c = byId(id);
        if (c instanceof TextArea a) {
            test(a).setValue(value);
        } else {
            test((TextField) c).setValue(value);
        }
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private CalculatorView open(String address) {
        String[] parts = address.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length > 1 ? QueryParameters.fromString(parts[1])
                : QueryParameters.empty());
        return (CalculatorView) getCurrentView();
    }

    private void assertNoProblems(CalculatorView view) {
        for (InputField f : view.form().inputs()) {
            assertThat(f.isInvalid()).as("%s is valid (%s)", f.param(), f.errorMessage()).isFalse();
        }
        assertThat(visible("calc-problem")).as("no problem summary").isFalse();
        assertThat(byId("results").getChildren().count()).as("results shown").isPositive();
    }

    static Stream<Arguments> presets() {
        return CalculatorCatalog.ALL.stream().flatMap(e -> e.form().get().presets().stream()
                .map(p -> Arguments.of(e.id(), p.id())));
    }

    // ---- index and routing

    @Test
    void indexListsEveryCalculatorWithItsTitle() {
        navigate("calculators", CalculatorsView.class);
        List<Anchor> links = $(Anchor.class).withCondition(a -> a.getId().orElse("").startsWith("calc-link-")).all();
        assertThat(links).hasSize(12);
        assertThat(links).extracting(a -> a.getId().orElseThrow().substring("calc-link-".length()))
                .containsExactlyElementsOf(Calculators.all().keySet());
        assertThat($(Anchor.class).id("calc-link-threshold").getHref()).isEqualTo("/calculators/threshold");
    }

    @Test
    void everyCalculatorIdHasAPage() {
        assertThat(CalculatorCatalog.ALL).extracting(CalculatorCatalog.Entry::id)
                .containsExactlyElementsOf(Calculators.all().keySet());
    }

    @Test
    void unknownCalculatorIsNotFound() {
        navigate("calculators/no-such-metric", com.vaadin.flow.component.html.Div.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    // ---- every page and every worked example

    @ParameterizedTest(name = "{0} opens anonymously and computes its default example")
    @MethodSource("ids")
    void eachPageOpensAnonymouslyAndComputesItsDefaultExample(String id) {
        CalculatorView view = open("calculators/" + id);
        assertThat(text("calc-title")).isEqualTo(Calculators.title(id));
        assertThat(text("calc-purpose")).isNotBlank();
        assertNoProblems(view);
        assertThat(field("share-url").getValue()).contains("/calculators/" + id + "?preset=");
    }

    static Stream<String> ids() {
        return CalculatorCatalog.ALL.stream().map(CalculatorCatalog.Entry::id);
    }

    @ParameterizedTest(name = "{0}: example {1}")
    @MethodSource("presets")
    void everyWorkedExampleComputes(String id, String preset) {
        CalculatorView view = open("calculators/" + id);
        click("preset-" + preset);
        assertNoProblems(view);
        assertThat(text("preset-story")).isNotBlank();
        assertThat(field("share-url").getValue()).contains("preset=" + preset);
    }

    @Test
    void confusionSpamExampleSpeaksProductLanguage() {
        open("calculators/confusion");
        click("preset-spam");
        assertThat(text("result-precision-value")).isEqualTo("0.9");
        assertThat(text("result-precision-meaning")).isEqualTo("Of the messages we flag as spam, 90% are spam.");
        assertThat(text("result-recall-meaning")).isEqualTo("We catch 75% of all spam messages.");
        assertThat(text("cm-tp")).isEqualTo("90");
        assertThat(text("cm-tn")).isEqualTo("870");
    }

    // ---- validation beside the field

    @ParameterizedTest(name = "{0}: {1} = ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "confusion|calc-tp|-1|tp must be a whole number ≥ 0, got -1",
            "confusion|calc-tp|abc|tp must be a whole number, got 'abc'",
            "confusion|calc-beta|0|beta must be a finite number > 0, got 0",
            "threshold|calc-threshold|high|threshold must be a number, got 'high'",
            "ranking|calc-k|0|k must be a whole number ≥ 1, got 0",
            "abtest|calc-control-conversions|30000|control_conversions cannot exceed control_visitors (20000)",
            "abtest|calc-alpha|1.5|alpha must be a number strictly between 0 and 1",
            "samplesize|calc-mde|0.95|mde must keep baseline_rate + mde below 1",
            "samplesize|calc-power|0.01|power must be greater than alpha",
            "drift|calc-actual|0.2, -0.1, 0.3, 0.2, 0.3|item 2: actual[1] must be a finite number ≥ 0, got -0.1",
            "drift|calc-actual|0.5, 0.5|actual must have the same number of bins as expected (5), got 2",
            "perplexity|calc-probs|0.5, 1.5|item 2: token_probs[1] must be a number in [0, 1], got 1.5",
            "percentiles|calc-latencies|120, fast, 90|item 2: 'fast' is not a number",
            "unit-economics|calc-successes|50000|successes cannot exceed actions (40000), got 50000",
            "fairness|calc-groups|A, 1, 2, 3|line 1: expected 5 values (name, tp, fp, fn, tn), got 4",
            "rouge|calc-reference|'   '|reference must have at least one token",
    })
    void invalidInputIsNamedBesideItsField(String id, String fieldId, String value, String message) {
        CalculatorView view = open("calculators/" + id);
        type(fieldId, value);
        TextFieldBase<?, String> f = field(fieldId);
        assertThat(f.isInvalid()).as("%s invalid", fieldId).isTrue();
        assertThat(f.getErrorMessage()).contains(message);
        assertThat(visible("calc-problem")).isTrue();
        assertThat(byId("results").getChildren().count()).isZero();
        // the other inputs keep their values: nothing is lost
        assertThat(view.form().inputs().stream().filter(i -> !i.component().getId().orElse("").equals(fieldId)))
                .allMatch(i -> !i.isInvalid());
    }

    @Test
    void fixingTheInputClearsTheErrorAndShowsResultsAgain() {
        open("calculators/confusion");
        type("calc-fp", "-5");
        assertThat(field("calc-fp").isInvalid()).isTrue();
        type("calc-fp", "5");
        assertThat(field("calc-fp").isInvalid()).isFalse();
        assertThat(visible("calc-problem")).isFalse();
        assertThat(text("result-precision-value")).isNotBlank().isNotEqualTo("undefined");
    }

    @Test
    void bleuReferenceErrorsNameTheLine() {
        open("calculators/bleu");
        type("calc-references", "the parcel will arrive on monday\n   |  \nyour order was refunded yesterday");
        assertThat(field("calc-references").getErrorMessage()).startsWith("line 2: references[1][0] must have at "
                + "least one token");
    }

    @Test
    void rankingErrorsNameTheLine() {
        open("calculators/ranking");
        type("calc-queries", "a: 3, 2, 0\nb: 1, x, 0");
        assertThat(field("calc-queries").getErrorMessage()).isEqualTo("line 2: grade 'x' is not a whole number");
        type("calc-queries", "a: 3, 2, 0\n\nb: 1, -2, 0");
        assertThat(field("calc-queries").getErrorMessage()).startsWith("line 3: queries[1][1] must be a whole number ≥ 0");
    }

    // ---- undefined values and their reasons

    @ParameterizedTest(name = "{0}/{1}: {2} is undefined because …{3}")
    @CsvSource(delimiter = '|', value = {
            "confusion|nothing-flagged|precision|tp + fp = 0: no predicted positives",
            "confusion|nothing-flagged|mcc|tp + fp = 0 (no predicted positives)",
            "threshold|one-class|roc_auc|y_true contains a single class",
            "threshold|one-class|recall|tp + fn = 0: no actual positives",
            "ranking|no-answer|ndcg_at_k|query 2 has no relevant item",
            "bleu|too-short|bleu|-",
            "rouge|empty|rouge1_precision|candidate has no 1-grams",
            "perplexity|ruled-out|perplexity|token_probs[2] is 0",
            "abtest|no-conversions|p_value|pooled conversion rate is 0",
            "abtest|no-conversions|relative_lift|control rate is 0",
            "drift|new-category|kl_divergence|an expected bin is 0 where the actual bin is not (bin 3)",
            "fairness|no-qualified|equal_opportunity_difference|group Rural has no actual positives",
            "unit-economics|launch-week|cost_per_success|successes = 0",
    })
    void undefinedValuesShowTheirReason(String id, String preset, String metric, String reason) {
        open("calculators/" + id);
        click("preset-" + preset);
        if (reason.equals("-")) {
            // BLEU of a too-short candidate is defined: the brevity penalty explains it instead
            assertThat(text("result-" + metric + "-value")).isNotEqualTo("undefined");
            assertThat(text("result-brevity_penalty-meaning")).contains("shorter than their references");
            return;
        }
        assertThat(text("result-" + metric + "-value")).isEqualTo("undefined");
        assertThat(text("result-" + metric + "-meaning")).startsWith("Undefined because ").contains(reason);
    }

    @Test
    void undefinedCurvesExplainThemselvesInsteadOfDrawing() {
        open("calculators/threshold");
        click("preset-one-class");
        assertThat(visible("roc-chart")).isFalse();
        assertThat(text("roc-chart-message")).contains("y_true contains a single class");
    }

    // ---- the threshold calculator: slider, matrix, curves

    @Test
    void movingTheSliderUpdatesMatrixMetricsAndMarkedRocPoint() {
        open("calculators/threshold");
        ScoresCsv.Parsed data = ScoresCsv.parse(ThresholdCalculator.SPAM);
        String tpBefore = text("cm-tp");
        String fprBefore = byId("roc-chart-figure").getElement().getAttribute("data-fpr");
        String svgBefore = byId("roc-chart").getElement().getProperty("innerHTML");
        assertThat(tpBefore).isEqualTo(Long.toString(counts(data, 0.5).tp()));

        Input slider = (Input) byId("threshold-slider");
        slider.setValue("0.8");

        ThresholdResult expected = counts(data, 0.8);
        assertThat(field("calc-threshold").getValue()).isEqualTo("0.8");
        assertThat(text("cm-tp")).isEqualTo(Long.toString(expected.tp())).isNotEqualTo(tpBefore);
        assertThat(text("cm-fp")).isEqualTo(Long.toString(expected.fp()));
        assertThat(text("cm-fn")).isEqualTo(Long.toString(expected.fn()));
        assertThat(text("cm-tn")).isEqualTo(Long.toString(expected.tn()));
        assertThat(text("threshold-summary")).isEqualTo("At threshold 0.8 we flag " + (expected.tp() + expected.fp())
                + " of 200 messages (" + Numbers.percent((expected.tp() + expected.fp()) / 200.0) + "): " + expected.tp()
                + " of them are really spam, and we miss " + expected.fn() + " of the " + (expected.tp() + expected.fn())
                + " spam messages.");
        var figure = byId("roc-chart-figure").getElement();
        assertThat(figure.getAttribute("data-threshold")).isEqualTo("0.8");
        assertThat(figure.getAttribute("data-fpr")).isNotEqualTo(fprBefore);
        assertThat(Double.parseDouble(figure.getAttribute("data-tpr")))
                .isCloseTo((double) expected.tp() / (expected.tp() + expected.fn()), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(byId("roc-chart").getElement().getProperty("innerHTML")).isNotEqualTo(svgBefore)
                .contains("t = 0.8");
        assertThat(text("roc-chart-caption")).contains("threshold 0.8");
        assertThat(field("share-url").getValue()).contains("t=0.8").contains("preset=spam");
        assertThat(byId("roc-chart-table").getElement().getTextRecursively()).contains("0.8 (current)");
    }

    @Test
    void typingAThresholdMovesTheSlider() {
        open("calculators/threshold");
        type("calc-threshold", "0.35");
        assertThat(((Input) byId("threshold-slider")).getValue()).isEqualTo("0.35");
    }

    private static ThresholdResult counts(ScoresCsv.Parsed data, double t) {
        return ThresholdMetrics.compute(new ThresholdInput(data.labels(), data.scores(), t));
    }

    // ---- the URL restores the calculation

    @Test
    void urlParametersRestoreInputsAndResults() {
        open("calculators/threshold?preset=fraud&t=0.7");
        assertThat(field("calc-threshold").getValue()).isEqualTo("0.7");
        assertThat(((Input) byId("threshold-slider")).getValue()).isEqualTo("0.7");
        assertThat(field("csv-input").getValue()).isEqualTo(ThresholdCalculator.FRAUD);
        ThresholdResult r = counts(ScoresCsv.parse(ThresholdCalculator.FRAUD), 0.7);
        assertThat(text("cm-tp")).isEqualTo(Long.toString(r.tp()));
        assertThat(text("cm-fp")).isEqualTo(Long.toString(r.fp()));
        assertThat(field("share-url").getValue()).contains("preset=fraud").contains("t=0.7");
    }

    @Test
    void urlWithOwnCountsRestoresThemOverTheExample() {
        CalculatorView view = open("calculators/confusion?preset=fraud&tp=12&fp=3");
        assertThat(field("calc-tp").getValue()).isEqualTo("12");
        assertThat(field("calc-fp").getValue()).isEqualTo("3");
        assertThat(field("calc-fn").getValue()).isEqualTo("10");
        assertThat(text("result-precision-value")).isEqualTo("0.8");
        assertThat(text("result-precision-meaning")).isEqualTo("Of the transactions we flag as fraud, 80% are fraud.");
        assertThat(view.shareAddress()).contains("preset=fraud").contains("tp=12").contains("fp=3")
                .doesNotContain("fn=");
    }

    @Test
    void sharedLinkOpensTheSameCalculation() {
        CalculatorView first = open("calculators/abtest");
        type("calc-treatment-conversions", "1234");
        String link = first.shareAddress();
        String path = link.substring(link.indexOf("calculators/"));
        String pValue = text("result-p_value-value");
        open(path);
        assertThat(field("calc-treatment-conversions").getValue()).isEqualTo("1234");
        assertThat(text("result-p_value-value")).isEqualTo(pValue);
    }

    @Test
    void invalidInputFromTheUrlIsShownBesideTheField() {
        open("calculators/unit-economics?preset=support-bot&actions=lots");
        assertThat(field("calc-actions").isInvalid()).isTrue();
        assertThat(field("calc-actions").getErrorMessage()).isEqualTo("actions must be a whole number, got 'lots'");
    }

    // ---- pasted CSV

    @Test
    void csvErrorsNameTheLine() {
        open("calculators/threshold");
        type("csv-input", "label,score\n1,0.9\n0,0.2\n\n1,0.8\n0,0.1\n1,abc\n2,0.5");
        TextFieldBase<?, String> csv = field("csv-input");
        assertThat(csv.isInvalid()).isTrue();
        assertThat(csv.getErrorMessage()).isEqualTo("line 7: score 'abc' is not a number (and 1 more problem)");
        assertThat(visible("csv-error")).isTrue();
        assertThat(text("csv-error")).contains("line 7: score 'abc' is not a number")
                .contains("line 8: label '2' must be 0 or 1");
        assertThat(text("cm-tp")).isEqualTo("–");
    }

    @Test
    void csvWithoutHeaderAndWithSemicolonsIsAccepted() {
        open("calculators/threshold");
        type("csv-input", "1;0.9\n0;0.2\n1;0.6\n0;0.7");
        type("calc-threshold", "0.5");
        assertThat(field("csv-input").isInvalid()).isFalse();
        assertThat(text("cm-tp")).isEqualTo("2");
        assertThat(text("cm-fp")).isEqualTo("1");
        assertThat(text("result-roc_auc-value")).isEqualTo("0.75");
        // small data goes into the link itself
        assertThat(field("share-url").getValue()).contains("csv=");
        assertThat(visible("share-note")).isFalse();
    }

    @Test
    void aHundredThousandRowCsvIsAccepted() {
        open("calculators/threshold");
        String csv = bigCsv(ScoresCsv.MAX_ROWS);
        type("csv-input", csv);
        assertThat(field("csv-input").isInvalid()).as(field("csv-input").getErrorMessage()).isFalse();
        long total = Stream.of("cm-tp", "cm-fp", "cm-fn", "cm-tn")
                .mapToLong(id -> Long.parseLong(text(id).replace(",", ""))).sum();
        assertThat(total).isEqualTo(100_000);
        ScoresCsv.Parsed p = ScoresCsv.parse(csv);
        assertThat(text("result-roc_auc-value")).isEqualTo(Numbers.format(
                ThresholdMetrics.compute(new ThresholdInput(p.labels(), p.scores(), 0.5)).rocAuc().orElseThrow()));
        // the chart stays small: the curve is drawn at screen resolution
        String svg = byId("roc-chart").getElement().getProperty("innerHTML");
        assertThat(svg.length()).isLessThan(250_000);
        // too long for a link: the note says so and the link keeps the threshold
        assertThat(visible("share-note")).isTrue();
        assertThat(text("share-note")).contains("Scores");
        assertThat(field("share-url").getValue()).doesNotContain("csv=");
    }

    @Test
    void moreThanAHundredThousandRowsAreRefusedWithTheLine() {
        open("calculators/threshold");
        type("csv-input", bigCsv(ScoresCsv.MAX_ROWS + 1));
        assertThat(field("csv-input").getErrorMessage())
                .isEqualTo("line 100002: too many rows: at most 100,000 data rows are accepted");
    }

    static String bigCsv(int rows) {
        SplittableRandom rnd = new SplittableRandom(5);
        StringBuilder sb = new StringBuilder(rows * 10).append("label,score\n");
        for (int i = 0; i < rows; i++) {
            double s = rnd.nextDouble();
            sb.append(rnd.nextDouble() < 0.2 + 0.6 * s ? 1 : 0).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", s)).append('\n');
        }
        return sb.toString();
    }

    // ---- charts come with their numbers

    @ParameterizedTest(name = "{0} shows {1} with a data table")
    @CsvSource({"threshold,roc-chart", "threshold,pr-chart", "abtest,ci-chart", "drift,psi-chart",
            "fairness,fairness-chart", "percentiles,latency-chart", "bleu,bleu-chart", "rouge,rouge-chart",
            "samplesize,samplesize-chart", "perplexity,perplexity-chart"})
    void chartsComeWithTheirNumbers(String id, String chart) {
        open("calculators/" + id);
        var svg = byId(chart).getElement();
        assertThat(svg.getProperty("innerHTML")).startsWith("<svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isNotBlank();
        assertThat(byId(chart + "-table").getElement().getTextRecursively()).isNotBlank();
    }

    @Test
    void relatedLessonsAreLinked() {
        open("calculators/threshold");
        assertThat(text("calc-lessons")).contains("ROC");
    }
}
