package io.praxis.app.practice;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.content.Links;
import io.praxis.scoring.grading.AnswerRejectedException;
import io.praxis.scoring.grading.Grader;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Answering a case or question: the prompt and context beside an editor with a live word
 * count and the limits shown up front. The draft saves while typing (debounced), when the
 * page is left or hidden, and is restored on return. A mock interview counts down the
 * suggested minutes, warns a minute before the end and submits what is there when time runs
 * out. If another tab saved the same draft in between, the learner chooses which text to keep.
 */
@Route("practice/:type/:itemId")
@RolesAllowed(Role.LEARNER_NAME)
public class AttemptPage extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final Duration WARNING_BEFORE_END = Duration.ofMinutes(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final PracticeService practice;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TextArea editor = new TextArea();
    private final Span wordCount = new Span();
    private final Span saveStatus = new Span();
    private final Span countdown = new Span();
    private final Button submit = new Button("Submit for feedback");
    private final Div mockBar = new Div();
    private long userId;
    private PracticeItem item;
    private AttemptView attempt;
    private long seenRevision;
    private boolean conflictOpen;
    private boolean warned;
    private Registration poll;
    private String title = "Practice";

    AttemptPage(PracticeService practice, CurrentUser currentUser, Clock clock) {
        this.practice = practice;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("praxis-page");
        setId("attempt-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String type = event.getRouteParameters().get("type").orElse("");
        String id = event.getRouteParameters().get("itemId").orElse("");
        ItemType itemType = "case".equals(type) ? ItemType.CASE : "question".equals(type) ? ItemType.QUESTION : null;
        item = itemType == null ? null : practice.item(itemType, id).orElse(null);
        if (item == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        userId = currentUser.require().getId();
        attempt = practice.openDraft(userId, item.type(), item.id()).orElse(null);
        title = item.title() + " · Practice · Praxis";
        build();
    }

    private void build() {
        removeAll();
        Div prompt = new Div(new Anchor("practice", "← Practice"), new H1(item.title()));
        Span meta = new Span(item.kindLabel() + " · " + item.difficulty().label() + " · suggested " + item.minutes()
                + " min");
        meta.addClassName("praxis-muted");
        Paragraph question = new Paragraph(item.prompt());
        question.setId("item-prompt");
        question.addClassName("praxis-prompt");
        prompt.add(meta, question);
        if (item.context() != null && !item.context().isBlank()) {
            Paragraph context = new Paragraph(item.context());
            context.setId("item-context");
            prompt.add(new H3("Context"), context);
        }
        if (!item.lessons().isEmpty()) {
            Div lessons = new Div(new Span("Prepare with: "));
            item.lessons().forEach(l -> practice.curriculum().lesson(l).ifPresent(lesson -> {
                lessons.add(new Anchor(Links.lesson(l), lesson.title()), new Span(" "));
            }));
            lessons.addClassName("praxis-muted");
            prompt.add(lessons);
        }
        prompt.addClassName("praxis-attempt-prompt");

        editor.setId("answer-editor");
        editor.setLabel("Your answer");
        editor.setMaxLength(PracticeService.MAX_CHARACTERS);
        editor.setHelperText("Write in full sentences, as you would speak. At least 40 words to be graded well; up to "
                + String.format("%,d", PracticeService.MAX_CHARACTERS) + " characters.");
        editor.setWidthFull();
        editor.setMinHeight("22rem");
        editor.setValueChangeMode(ValueChangeMode.TIMEOUT);
        editor.setValueChangeTimeout(800);
        editor.addValueChangeListener(e -> {
            updateCounts();
            if (e.isFromClient()) {
                save(e.getValue(), false);
            }
        });
        wordCount.setId("word-count");
        saveStatus.setId("save-status");
        saveStatus.addClassName("praxis-muted");
        submit.setId("submit-answer");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> doSubmit(editor.getValue(), false));
        countdown.setId("countdown");
        mockBar.setId("mock-bar");
        mockBar.addClassName("praxis-mock-bar");

        Div status = new Div(wordCount, saveStatus);
        status.addClassName("praxis-editor-status");
        Div editorBox = new Div(mockBar, editor, status, submit);
        editorBox.addClassName("praxis-attempt-editor");
        if (attempt == null) {
            editorBox.removeAll();
            editorBox.add(startChoice());
        } else {
            editor.setValue(attempt.draftText());
            seenRevision = attempt.draftRevision();
            saveStatus.setText(attempt.draftSavedAt() == null ? "Not saved yet"
                    : "Draft restored, saved at " + TIME.format(attempt.draftSavedAt()));
            renderMockBar();
        }
        updateCounts();

        Div layout = new Div(prompt, editorBox);
        layout.addClassName("praxis-attempt-layout");
        add(layout);
        var previous = practice.attemptsOf(userId, item.type(), item.id()).stream().filter(a -> !a.isDraft()).toList();
        if (!previous.isEmpty()) {
            Div history = new Div(new H3("Your earlier attempts"));
            history.setId("attempt-history");
            previous.forEach(a -> history.add(new Div(new Anchor("practice/attempt/" + a.id(),
                    TIME.format(a.submittedAt()) + " · " + a.score() + "/100"))));
            add(history);
        }
    }

    private Div startChoice() {
        Button practiceButton = new Button("Start writing", e -> start(AttemptMode.PRACTICE));
        practiceButton.setId("start-practice");
        practiceButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button mock = new Button("Mock interview: " + item.minutes() + " min countdown", e -> start(AttemptMode.MOCK));
        mock.setId("start-mock");
        Paragraph explain = new Paragraph("In a mock interview the clock runs as in the real thing: you get a warning "
                + "a minute before the end, and what you have written is submitted when time is up.");
        explain.addClassName("praxis-muted");
        return new Div(new Div(practiceButton, mock), explain);
    }

    private void start(AttemptMode mode) {
        attempt = mode == AttemptMode.MOCK ? practice.startNew(userId, item.type(), item.id(), mode)
                : practice.startOrResume(userId, item.type(), item.id(), mode);
        warned = false;
        build();
        if (mode == AttemptMode.MOCK) {
            startPolling();
        }
        editor.focus();
    }

    private void renderMockBar() {
        mockBar.removeAll();
        if (attempt == null || attempt.mode() != AttemptMode.MOCK || attempt.deadlineAt() == null) {
            mockBar.setVisible(false);
            return;
        }
        mockBar.setVisible(true);
        mockBar.add(new Span("Mock interview · time left "), countdown);
        // The countdown ticks in the browser; the server decides when time is up.
        countdown.getElement().executeJs("""
                const el = this; const end = $0;
                clearInterval(el.__timer);
                const tick = () => { const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                  if (s <= 60) el.classList.add('ending'); };
                tick(); el.__timer = setInterval(tick, 500);
                """, attempt.deadlineAt().toEpochMilli());
        startPolling();
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            ui.setPollInterval(1000);
            if (poll == null) {
                poll = ui.addPollListener(e -> checkDeadline());
            }
        });
    }

    private void stopPolling() {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void checkDeadline() {
        if (attempt == null || attempt.deadlineAt() == null || !attempt.isDraft()) {
            return;
        }
        Instant now = clock.instant();
        if (!warned && now.isAfter(attempt.deadlineAt().minus(WARNING_BEFORE_END))) {
            warned = true;
            Notification n = Notification.show("One minute left. Wrap up your answer: it will be submitted when time "
                    + "runs out.", 8000, Notification.Position.TOP_CENTER);
            n.setId("time-warning");
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        if (!now.isBefore(attempt.deadlineAt())) {
            doSubmit(editor.getValue(), true);
        }
    }

    private void updateCounts() {
        String text = editor.getValue();
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        wordCount.setText(words + " words · " + String.format("%,d", text.length()) + " / "
                + String.format("%,d", PracticeService.MAX_CHARACTERS) + " characters"
                + (words > 0 && words < Grader.SHORT_WORDS ? " · under " + Grader.SHORT_WORDS + " words is flagged as short" : ""));
        submit.setEnabled(attempt != null && !text.isBlank());
        submit.setTooltipText(text.isBlank() ? "Write an answer first: an empty answer cannot be graded" : null);
    }

    private void save(String text, boolean force) {
        if (attempt == null || conflictOpen) {
            return;
        }
        SaveResult r = practice.saveDraft(userId, attempt.id(), text, seenRevision, force);
        if (r.conflict()) {
            showConflict(r);
            return;
        }
        if (r.saved()) {
            seenRevision = r.revision();
            saveStatus.setText(r.savedAt() == null ? "Saved" : "Saved at " + TIME.format(r.savedAt()));
        }
    }

    private void showConflict(SaveResult r) {
        conflictOpen = true;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("draft-conflict");
        dialog.setHeader("This draft changed in another tab");
        dialog.setText("Another tab saved a different version at " + (r.savedAt() == null ? "an earlier time"
                : TIME.format(r.savedAt())) + ". Keep the text in this tab, or load the other version?");
        dialog.setConfirmText("Keep this tab's text");
        dialog.setCancelable(true);
        dialog.setCancelText("Load the other version");
        dialog.addConfirmListener(e -> {
            conflictOpen = false;
            seenRevision = r.revision();
            save(editor.getValue(), true);
            Notification.show("Your text was saved; the other tab's version was replaced.");
        });
        dialog.addCancelListener(e -> {
            conflictOpen = false;
            seenRevision = r.revision();
            editor.setValue(r.otherText());
            Notification.show("Loaded the version saved in the other tab.");
        });
        dialog.open();
    }

    private void doSubmit(String text, boolean timeUp) {
        if (attempt == null) {
            return;
        }
        if (text.isBlank()) {
            if (timeUp) {
                stopPolling();
                Notification.show("Time is up, and the answer was empty, so there was nothing to grade. "
                        + "The attempt stays open as a draft.");
                attempt = null;
                build();
            } else {
                Notification.show("Write an answer first: an empty answer cannot be graded.");
            }
            return;
        }
        try {
            AttemptView done = practice.submit(userId, attempt.id(), text);
            stopPolling();
            attempt = done;
            UI.getCurrent().navigate("practice/attempt/" + done.id(),
                    timeUp ? QueryParameters.simple(java.util.Map.of("timeup", "")) : QueryParameters.empty());
        } catch (AnswerRejectedException e) {
            Notification n = Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Called by the browser when the page is hidden or closed, with the editor's latest text. */
    @ClientCallable
    void flushDraft(String text) {
        if (attempt != null && attempt.isDraft() && text != null && !text.equals(editor.getValue())) {
            editor.setValue(text.length() > PracticeService.MAX_CHARACTERS
                    ? text.substring(0, PracticeService.MAX_CHARACTERS) : text);
            save(editor.getValue(), false);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("""
                const host = this;
                const send = () => { const ta = document.querySelector('#answer-editor textarea');
                  if (ta && host.$server) host.$server.flushDraft(ta.value); };
                host.__flush = send;
                document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') send(); });
                window.addEventListener('pagehide', send);
                """);
        if (attempt != null && attempt.mode() == AttemptMode.MOCK) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        super.onDetach(event);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (attempt != null && attempt.isDraft()) {
            save(editor.getValue(), false);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
