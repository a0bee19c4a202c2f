package io.praxis.app.calculators;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A worked example: a button that fills every input of a calculator.
 *
 * @param id      short id, used in the URL ({@code preset=spam}) and in the button id
 *                ({@code preset-spam})
 * @param label   the button text ("Spam filter")
 * @param story   one sentence of context shown when the example is chosen
 * @param values  URL parameter → value, one entry per input of the calculator
 * @param wording the product words of the example
 */
record Preset(String id, String label, String story, Map<String, String> values, Wording wording) {

    Preset {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The example's value of a parameter, or "" when it has none. */
    String value(String param) {
        return values.getOrDefault(param, "");
    }
}
