package io.praxis.app.shell;

import com.vaadin.flow.component.HasValidation;
import io.praxis.app.account.InvalidFieldsException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts a service's {@link InvalidFieldsException} beside the fields of a form. The fields keep
 * their values, so nothing the person typed is lost.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Clears earlier errors. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Clears earlier errors and shows each problem beside its field.
     *
     * @return the problems that name no field of this form, joined, or an empty string
     */
    public static String show(InvalidFieldsException problems, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        problems.problems().forEach((key, message) -> {
            HasValidation field = fields.get(key);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return problems.problems().entrySet().stream().filter(e -> !fields.containsKey(e.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.joining(" "));
    }
}
