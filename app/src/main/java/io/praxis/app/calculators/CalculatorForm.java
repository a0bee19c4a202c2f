package io.praxis.app.calculators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.praxis.scoring.metrics.InvalidInputException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machinery every calculator shares: worked-example buttons, input fields with errors beside
 * them, the results list, a place for charts, and the calculator's state as URL parameters.
 *
 * <p>Contract for subclasses: declare inputs with {@link #add(InputField)} and examples with
 * {@link #preset} in the constructor (the first example is the default), then implement
 * {@link #calculate()}: read inputs with {@link #whole}/{@link #number}, call
 * {@link #stopIfInvalid()}, build the scoring input record (whose
 * {@link InvalidInputException} is mapped to the field it names), compute with the pure
 * scoring functions, and fill {@link #results()} and {@link #visuals()}. When the input is
 * invalid the results are cleared and {@link #clearOutputs()} is called.
 *
 * <p>State: the URL holds {@code preset=<id>} plus every input whose value differs from that
 * example's, so a link stays short; a value longer than {@link #MAX_PARAM_CHARS} once encoded
 * is left out and reported by {@link #omittedFromLink()}.
 */
abstract class CalculatorForm extends Div {

    /** The longest encoded parameter value a link may carry. */
    static final int MAX_PARAM_CHARS = 2000;
    static final String PRESET_PARAM = "preset";

    private final List<InputField> inputs = new ArrayList<>();
    private final List<Preset> presets = new ArrayList<>();
    private final Div presetBar = new Div();
    private final Paragraph story = new Paragraph();
    private final Div fields = new Div();
    private final Paragraph problem = new Paragraph();
    private final ResultList results = new ResultList();
    private final Div visuals = new Div();
    private final List<String> omitted = new ArrayList<>();
    private Preset reference;
    private boolean quiet;
    private boolean invalid;
    private Runnable onChange = () -> { };

    private static final class InputProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputProblem() {
            super(null, null, false, false);
        }
    }

    protected CalculatorForm() {
        addClassName("praxis-calculator");
        presetBar.addClassName("praxis-presets");
        presetBar.add(new Span("Worked examples:"));
        story.setId("preset-story");
        story.addClassName("praxis-muted");
        fields.setId("calc-inputs");
        fields.addClassName("praxis-calc-inputs");
        Button run = new Button("Calculate", e -> recalculate());
        run.setId("calc-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.setId("calc-problem");
        problem.addClassName("praxis-calc-problem");
        problem.setVisible(false);
        visuals.setId("calc-visuals");
        visuals.addClassName("praxis-calc-visuals");
        Div actions = new Div(run);
        actions.addClassName("praxis-calc-actions");
        H2 resultsTitle = new H2("Results");
        add(presetBar, story, new H2("Inputs"), fields, actions, problem, resultsTitle, results, visuals);
    }

    // ---- building (constructor of a subclass)

    /** Adds an input to the form; its changes recalculate. */
    protected InputField add(InputField field) {
        inputs.add(field);
        fields.add(field.component());
        field.component().addValueChangeListener(e -> {
            if (!quiet) {
                recalculate();
            }
        });
        return field;
    }

    /** Shows the charts above the result cards instead of below (for calculators driven by a chart). */
    protected void showVisualsFirst() {
        addComponentAtIndex(indexOf(results), visuals);
    }

    /** Adds a component among the inputs (e.g. a slider). */
    protected void addToInputs(Component c) {
        fields.add(c);
    }

    /**
     * Adds a worked example.
     *
     * @param keyValues parameter, value, parameter, value, …
     */
    protected Preset preset(String id, String label, String storyText, Wording wording, String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        Preset p = new Preset(id, label, storyText, values, wording);
        presets.add(p);
        Button b = new Button(label, e -> applyPreset(p));
        b.setId("preset-" + id);
        b.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        presetBar.add(b);
        return p;
    }

    // ---- lifecycle

    /** Sets what to call when inputs or results change (the view updates the URL). */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /**
     * Restores the inputs from URL parameters and calculates: the example named by
     * {@code preset} (or the first), overridden by any input parameter present.
     */
    void restore(Map<String, String> params) {
        Preset p = presets.stream().filter(x -> x.id().equals(params.get(PRESET_PARAM))).findFirst()
                .orElse(presets.getFirst());
        fill(p, params);
    }

    /** Fills every input from a worked example and calculates. */
    void applyPreset(Preset p) {
        fill(p, Map.of());
    }

    private void fill(Preset p, Map<String, String> overrides) {
        reference = p;
        quiet = true;
        try {
            for (InputField f : inputs) {
                f.setValue(overrides.getOrDefault(f.param(), p.value(f.param())));
            }
            afterFill();
        } finally {
            quiet = false;
        }
        story.setText(p.label() + ": " + p.story());
        presetBar.getChildren().forEach(c -> c.removeClassName("active"));
        presetBar.getChildren().filter(c -> c.getId().orElse("").equals("preset-" + p.id()))
                .forEach(c -> c.addClassName("active"));
        recalculate();
    }

    /** Called after the inputs were filled from an example or the URL, before calculating. */
    protected void afterFill() {
    }

    /** Validates, calculates and shows the results, or shows what is wrong. */
    final void recalculate() {
        for (InputField f : inputs) {
            f.clearError();
        }
        problem.setVisible(false);
        invalid = false;
        results.removeAll();
        try {
            calculate();
        } catch (InputProblem e) {
            showInvalid(null);
        } catch (InvalidInputException e) {
            Optional<InputField> f = inputs.stream().filter(i -> i.covers(e.field())).findFirst();
            if (f.isPresent()) {
                f.get().showError(f.get().message(e));
                showInvalid(null);
            } else {
                showInvalid(e.getMessage());
            }
        }
        onChange.run();
    }

    private void showInvalid(String message) {
        results.removeAll();
        clearOutputs();
        long bad = inputs.stream().filter(InputField::isInvalid).count();
        String text = message != null ? message
                : bad == 1 ? "Fix the highlighted input to see the results."
                : "Fix the " + bad + " highlighted inputs to see the results.";
        problem.setText(text);
        problem.setVisible(true);
    }

    /** Reads the inputs, computes and shows results; see the class comment. */
    protected abstract void calculate();

    /** Clears charts and other outputs when the input is invalid. The results list is cleared already. */
    protected void clearOutputs() {
    }

    // ---- reading inputs

    /** The field's whole number, or 0 after marking the field when it is not one. */
    protected long whole(InputField f) {
        String v = f.value();
        if (v.isBlank()) {
            return reject(f, f.name() + " is required");
        }
        Long n = Numbers.parseWhole(v);
        if (n == null) {
            return reject(f, f.name() + " must be a whole number, got " + Numbers.quote(v));
        }
        return n;
    }

    /** The field's number, or 0 after marking the field when it is not one. */
    protected double number(InputField f) {
        String v = f.value();
        if (v.isBlank()) {
            return reject(f, f.name() + " is required");
        }
        Double d = Numbers.parseNumber(v);
        if (d == null) {
            return reject(f, f.name() + " must be a number, got " + Numbers.quote(v));
        }
        return d;
    }

    /** Marks a field with a message; {@link #stopIfInvalid()} will then stop the calculation. Returns 0. */
    protected int reject(InputField f, String message) {
        if (!f.isInvalid()) {
            f.showError(message);
        }
        invalid = true;
        return 0;
    }

    /** Stops the calculation when some input was rejected. */
    protected void stopIfInvalid() {
        if (invalid) {
            throw new InputProblem();
        }
    }

    // ---- outputs

    protected ResultList results() {
        return results;
    }

    protected Div visuals() {
        return visuals;
    }

    /** The product words of the current example. */
    protected Wording wording() {
        return reference == null || reference.wording() == null ? Wording.GENERIC : reference.wording();
    }

    /** The example the inputs were last filled from. */
    protected Preset reference() {
        return reference;
    }

    List<InputField> inputs() {
        return List.copyOf(inputs);
    }

    List<Preset> presets() {
        return List.copyOf(presets);
    }

    // ---- state for the URL

    /** The URL parameters of the current inputs: the example, then the inputs that differ from it. */
    Map<String, String> state() {
        omitted.clear();
        Map<String, String> m = new LinkedHashMap<>();
        if (reference == null) {
            return m;
        }
        m.put(PRESET_PARAM, reference.id());
        for (InputField f : inputs) {
            String v = f.value();
            if (v.equals(reference.value(f.param()))) {
                continue;
            }
            if (URLEncoder.encode(v, StandardCharsets.UTF_8).length() > MAX_PARAM_CHARS) {
                omitted.add(f.component().getLabel());
                continue;
            }
            m.put(f.param(), v);
        }
        return m;
    }

    /** Labels of the inputs {@link #state()} left out because they are too long. */
    List<String> omittedFromLink() {
        return List.copyOf(omitted);
    }
}
