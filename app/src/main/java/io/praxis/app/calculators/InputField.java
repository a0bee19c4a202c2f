package io.praxis.app.calculators;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.praxis.scoring.metrics.InvalidInputException;
import java.util.List;
import java.util.function.Function;

/**
 * One input of a calculator: a text field or text area, the URL parameter that stores it, and
 * the metric field names (METRICS.md spelling) whose {@link InvalidInputException}s it shows.
 * Errors appear beside the field ({@code setInvalid} and {@code setErrorMessage}); validation is
 * manual, so the component never clears or sets an error on its own.
 */
final class InputField {

    private final String param;
    private final String name;
    private final List<String> metricFields;
    private final TextFieldBase<?, String> component;
    private Function<InvalidInputException, String> messages = InvalidInputException::getMessage;

    private InputField(String param, String name, List<String> metricFields, TextFieldBase<?, String> component) {
        this.param = param;
        this.name = name;
        this.metricFields = List.copyOf(metricFields);
        this.component = component;
        component.setId("calc-" + param.replace('_', '-'));
        component.setManualValidation(true);
        component.addClassName("praxis-calc-input");
    }

    /**
     * A one-line field; it recalculates shortly after typing stops.
     *
     * @param param URL parameter, e.g. {@code tp}; the component id is {@code calc-tp}
     * @param name  the field's name in messages and in {@link InvalidInputException#field()}
     * @param label the visible label
     */
    static InputField line(String param, String name, String label) {
        TextField f = new TextField(label);
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.setValueChangeTimeout(500);
        return new InputField(param, name, List.of(name), f);
    }

    /**
     * A multi-line field; it recalculates when it loses focus (pasting 100,000 lines must not
     * trigger a calculation per keystroke).
     *
     * @param metricFields the names of {@link InvalidInputException#field()} it shows, e.g.
     *                     {@code y_true, y_score}; the first is its name in messages
     */
    static InputField area(String param, String label, String... metricFields) {
        TextArea a = new TextArea(label);
        a.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        return new InputField(param, metricFields[0], List.of(metricFields), a);
    }

    String param() {
        return param;
    }

    /** The name used in messages, e.g. {@code tp}. */
    String name() {
        return name;
    }

    String value() {
        String v = component.getValue();
        return v == null ? "" : v;
    }

    void setValue(String value) {
        component.setValue(value == null ? "" : value);
    }

    TextFieldBase<?, String> component() {
        return component;
    }

    InputField id(String id) {
        component.setId(id);
        return this;
    }

    InputField helper(String text) {
        component.setHelperText(text);
        return this;
    }

    /** Sets how an {@link InvalidInputException} on this field is worded (default: its message). */
    InputField messages(Function<InvalidInputException, String> wording) {
        this.messages = wording;
        return this;
    }

    /** Whether {@code field} (e.g. {@code y_score[3]}, {@code groups.A.y_pred}) belongs to this input. */
    boolean covers(String field) {
        for (String f : metricFields) {
            if (field.equals(f) || field.startsWith(f + "[") || field.startsWith(f + ".")) {
                return true;
            }
        }
        return false;
    }

    String message(InvalidInputException e) {
        return messages.apply(e);
    }

    void showError(String message) {
        component.setErrorMessage(message);
        component.setInvalid(true);
    }

    void clearError() {
        component.setInvalid(false);
        component.setErrorMessage(null);
    }

    boolean isInvalid() {
        return component.isInvalid();
    }

    String errorMessage() {
        return component.getErrorMessage();
    }
}
