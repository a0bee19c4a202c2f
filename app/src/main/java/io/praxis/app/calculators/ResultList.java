package io.praxis.app.calculators;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.praxis.scoring.metrics.MetricValue;
import java.util.function.DoubleFunction;

/**
 * The results of a calculation, one row per metric: its name, its value and one line saying
 * what it means in product terms. An undefined value shows "undefined" and its reason instead.
 *
 * <p>Ids, for a metric with key {@code K}: the row {@code result-K}, the value
 * {@code result-K-value}, the meaning {@code result-K-meaning}.
 */
final class ResultList extends Div {

    ResultList() {
        setId("results");
        addClassName("praxis-results");
    }

    /**
     * Adds a metric.
     *
     * @param key     METRICS.md name, e.g. {@code precision}
     * @param label   name for people, e.g. "Precision"
     * @param value   the value
     * @param text    formats a defined value, e.g. {@link Numbers#format}
     * @param meaning the one-line meaning of a defined value
     */
    void metric(String key, String label, MetricValue value, DoubleFunction<String> text, DoubleFunction<String> meaning) {
        switch (value) {
            case MetricValue.Defined(double v) -> row(key, label, text.apply(v), meaning.apply(v), false,
                    Double.toString(v));
            case MetricValue.Undefined(String reason) -> row(key, label, "undefined",
                    "Undefined because " + reason + ".", true, null);
        }
    }

    /** Adds a metric formatted with {@link Numbers#format}. */
    void metric(String key, String label, MetricValue value, DoubleFunction<String> meaning) {
        metric(key, label, value, Numbers::format, meaning);
    }

    /** Adds a count or any other always-defined value. */
    void value(String key, String label, String text, String meaning) {
        row(key, label, text, meaning, false, null);
    }

    private void row(String key, String label, String valueText, String meaningText, boolean undefined, String exact) {
        Span name = new Span(label);
        name.addClassName("praxis-result-name");
        Span code = new Span(key);
        code.addClassName("praxis-result-key");
        Span value = new Span(valueText);
        value.setId("result-" + key + "-value");
        value.addClassName("praxis-result-value");
        if (exact != null) {
            value.getElement().setAttribute("title", "exact: " + exact);
        }
        Paragraph meaning = new Paragraph(meaningText);
        meaning.setId("result-" + key + "-meaning");
        meaning.addClassName("praxis-result-meaning");
        Div head = new Div(name, code);
        head.addClassName("praxis-result-head");
        Div row = new Div(head, value, meaning);
        row.setId("result-" + key);
        row.addClassName("praxis-result");
        if (undefined) {
            row.addClassName("undefined");
        }
        add(row);
    }
}
