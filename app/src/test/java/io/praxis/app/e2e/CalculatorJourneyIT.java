package io.praxis.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An anonymous visitor uses the threshold calculator in a real browser: moves the threshold and
 * watches the confusion matrix and the marked ROC point follow, shares the calculation by its
 * link, and pastes scores with a bad line.
 */
class CalculatorJourneyIT extends BrowserTest {

    @BeforeAll
    void patientAssertions() {
        // the first page of a fresh server on a busy machine can take longer than the default 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void anonymousVisitorMovesTheThresholdAndSharesTheCalculation() {
        page.navigate(url("calculators/threshold"));
        assertThat(page.locator("#calc-title")).hasText("Threshold, ROC and PR curves");
        Locator tp = page.locator("#cm-tp");
        Locator fp = page.locator("#cm-fp");
        Locator figure = page.locator("#roc-chart-figure");
        Locator slider = page.locator("#threshold-slider");
        assertThat(figure).hasAttribute("data-threshold", "0.5");
        assertThat(tp).hasText(Pattern.compile("\\d+"));
        String tpBefore = tp.textContent();
        String fpBefore = fp.textContent();
        String fprBefore = figure.getAttribute("data-fpr");
        String tprBefore = figure.getAttribute("data-tpr");
        String svgBefore = page.locator("#roc-chart").innerHTML();
        assertThat(svgBefore).contains("<svg").contains("t = 0.5");

        // drag the slider to 0.8 (set its value as a drag would) ...
        slider.fill("0.8");
        assertThat(figure).hasAttribute("data-threshold", "0.8");
        assertThat(page.locator("#calc-threshold input")).hasValue("0.8");
        assertThat(tp).not().hasText(tpBefore);
        assertThat(fp).not().hasText(fpBefore);
        assertThat(figure).not().hasAttribute("data-fpr", fprBefore);
        assertThat(figure).not().hasAttribute("data-tpr", tprBefore);
        String svgAfter = page.locator("#roc-chart").innerHTML();
        assertThat(svgAfter).isNotEqualTo(svgBefore).contains("t = 0.8");
        assertThat(page.locator("#roc-chart-caption")).containsText("threshold 0.8");

        // ... and nudge it with the keyboard
        slider.press("ArrowLeft");
        assertThat(figure).hasAttribute("data-threshold", "0.79");

        // the address follows the inputs, and the share link opens the same calculation
        page.waitForURL(Pattern.compile(".*/calculators/threshold\\?.*t=0\\.79.*"));
        Locator share = page.locator("#share-url input");
        assertThat(share).hasValue(Pattern.compile("^http://localhost:" + port + "/calculators/threshold\\?.*t=0\\.79.*"));
        String link = share.inputValue();
        String tpShared = tp.textContent();
        String fprShared = figure.getAttribute("data-fpr");

        Page other = context.newPage();
        other.navigate(link);
        assertThat(other.locator("#roc-chart-figure")).hasAttribute("data-threshold", "0.79");
        assertThat(other.locator("#calc-threshold input")).hasValue("0.79");
        assertThat(other.locator("#threshold-slider")).hasValue("0.79");
        assertThat(other.locator("#cm-tp")).hasText(tpShared);
        assertThat(other.locator("#roc-chart-figure")).hasAttribute("data-fpr", fprShared);
        other.close();
    }

    @Test
    void pastedCsvWithABadLineShowsThatLineNumber() {
        page.navigate(url("calculators/threshold"));
        assertThat(page.locator("#cm-tp")).hasText(Pattern.compile("\\d+"));
        Locator csv = page.locator("#csv-input textarea");
        csv.fill("label,score\n1,0.92\n0,0.15\n1,0.71\n0,0.33\n1,abc\n0,0.05\n");
        csv.blur();
        assertThat(page.locator("#csv-error")).containsText("line 6: score 'abc' is not a number");
        assertThat(page.locator("#csv-input")).hasAttribute("invalid", "");
        assertThat(page.locator("#csv-input")).containsText("line 6: score 'abc' is not a number");
        assertThat(page.locator("#cm-tp")).hasText("–");

        // fixing the line brings the results back
        csv.fill("label,score\n1,0.92\n0,0.15\n1,0.71\n0,0.33\n1,0.64\n0,0.05\n");
        csv.blur();
        assertThat(page.locator("#csv-error")).isHidden();
        assertThat(page.locator("#cm-tp")).hasText("3");
        assertThat(page.locator("#result-roc_auc-value")).hasText("1");
    }
}
