package io.praxis.app.cohort;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.praxis.app.account.Account;
import io.praxis.app.account.InvalidFieldsException;
import io.praxis.app.shell.FieldErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cohort fields shared by the create and edit pages: name, start and end date (typed as
 * YYYY-MM-DD, whatever the browser's locale, so that dates are never misread), and mentors. A
 * service's problems appear beside the fields; the values stay.
 */
class CohortForm extends Div {

    final TextField name = new TextField("Name");
    final DatePicker start = new DatePicker("Start date");
    final DatePicker end = new DatePicker("End date");
    final MultiSelectComboBox<Account> mentors = new MultiSelectComboBox<>("Mentors");
    final Button save;
    private final Paragraph problem = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    CohortForm(String saveLabel, List<Account> mentorChoices) {
        addClassName("praxis-form");
        name.setId("cohort-name");
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder("e.g. Spring 2027 cohort");
        start.setId("cohort-start");
        end.setId("cohort-end");
        for (DatePicker d : List.of(start, end)) {
            d.setRequiredIndicatorVisible(true);
            d.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
            d.setPlaceholder("YYYY-MM-DD");
        }
        mentors.setId("cohort-mentors");
        mentors.setItems(mentorChoices);
        mentors.setItemLabelGenerator(a -> a.getDisplayName() + " (" + a.getEmail() + ")");
        mentors.setHelperText(mentorChoices.isEmpty() ? "No mentor accounts yet: create them on the People page."
                : "Mentors review this cohort's submissions.");
        mentors.setWidthFull();
        mentors.addClassName("full");
        save = new Button(saveLabel);
        save.setId("cohort-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.setId("cohort-form-problem");
        problem.addClassName("praxis-problem");
        problem.setVisible(false);
        fields.put("name", name);
        fields.put("startDate", start);
        fields.put("endDate", end);
        fields.put("mentors", mentors);
        add(name, start, end, mentors, save, problem);
    }

    CohortAdminService.CohortDraft draft() {
        return new CohortAdminService.CohortDraft(name.getValue(), start.getValue(), end.getValue(),
                mentors.getValue().stream().map(Account::getId).collect(Collectors.toSet()));
    }

    /** Fills the form from a stored cohort; mentors who are no longer choices are kept as choices. */
    void fill(CohortAdminService.CohortDetails cohort, List<Account> currentMentorAccounts) {
        Map<Long, Account> choices = new LinkedHashMap<>();
        mentors.getListDataView().getItems().forEach(a -> choices.put(a.getId(), a));
        currentMentorAccounts.forEach(a -> choices.putIfAbsent(a.getId(), a));
        mentors.setItems(List.copyOf(choices.values()));
        name.setValue(cohort.name());
        start.setValue(cohort.startDate());
        end.setValue(cohort.endDate());
        var ids = cohort.mentors().stream().map(CohortAdminService.Member::accountId).collect(Collectors.toSet());
        // The combo box compares items by identity, so select the very instances it lists.
        mentors.setValue(choices.values().stream().filter(a -> ids.contains(a.getId())).collect(Collectors.toSet()));
        clearProblems();
    }

    void clearProblems() {
        FieldErrors.clear(fields);
        problem.setVisible(false);
    }

    void showProblems(InvalidFieldsException e) {
        String rest = FieldErrors.show(e, fields);
        problem.setText(rest);
        problem.setVisible(!rest.isEmpty());
    }
}
