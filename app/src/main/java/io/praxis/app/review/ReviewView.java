package io.praxis.app.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.practice.AnswerHighlighter;
import io.praxis.app.practice.ItemType;
import io.praxis.app.review.ReviewService.BankComment;
import io.praxis.app.review.ReviewService.Claim;
import io.praxis.app.review.ReviewService.CriterionReview;
import io.praxis.app.review.ReviewService.ReleasedReview;
import io.praxis.app.review.ReviewService.ReviewSheet;
import io.praxis.content.practice.Criterion;
import io.praxis.scoring.grading.CriterionGrade;
import io.praxis.scoring.grading.Evidence;
import io.praxis.scoring.grading.GradeReport;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The review screen of one submission. Left: the answer with the grader's evidence highlighted
 * (all of it, or one criterion's). Right: the rubric, with the grader's level per criterion and
 * the mentor's own level (0-3) and comment, an overall comment, the mentor's comment bank and
 * "Release to learner". Everything autosaves while the mentor holds the claim; saves carry the
 * review version, so a change made elsewhere is reported in a dialog that keeps the mentor's
 * unsaved text, never overwritten silently. Without the claim the screen is read-only. Below:
 * every released version. Submissions outside the mentor's cohorts are "not found".
 *
 * <p>The comment bank inserts into, and saves from, the comment field last focused (the overall
 * comment until another is focused).
 */
@Route("review/:attemptId")
@PageTitle("Review · Praxis")
@RolesAllowed({Role.MENTOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/review.css")
public class ReviewView extends Div implements BeforeEnterObserver {

    /** Milliseconds of typing pause before a comment autosaves. */
    static final int AUTOSAVE_MS = 800;

    private static final java.time.format.DateTimeFormatter SAVED = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    private final ReviewService reviews;
    private final CurrentUser currentUser;

    private final Map<String, RadioButtonGroup<Integer>> levels = new LinkedHashMap<>();
    private final Map<String, TextArea> comments = new LinkedHashMap<>();
    private final Map<String, Paragraph> levelTexts = new LinkedHashMap<>();
    private final Div answerBox = new Div();
    private final Span saveStatus = new Span();
    private final Span mentorScore = new Span();
    private final Span bankTarget = new Span();
    private TextArea overall;
    private ComboBox<BankComment> bank;
    private TextArea activeField;
    private String activeLabel;

    private long viewerId;
    private long attemptId;
    private ReviewSheet sheet;
    private long seenVersion;
    private boolean conflictOpen;

    ReviewView(ReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        addClassName("praxis-page");
        addClassName("praxis-review-page");
        setId("review-screen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewerId = currentUser.require().getId();
        try {
            attemptId = Long.parseLong(event.getRouteParameters().get("attemptId").orElse(""));
            sheet = reviews.open(viewerId, attemptId);
        } catch (NumberFormatException | AccessDeniedException e) {
            // Outside the mentor's cohorts, missing or a draft: the same answer for all three.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void reload() {
        sheet = reviews.open(viewerId, attemptId);
        build();
    }

    private void build() {
        removeAll();
        levels.clear();
        comments.clear();
        levelTexts.clear();
        conflictOpen = false;
        seenVersion = sheet.reviewVersion();
        saveStatus.getElement().setAttribute("data-version", String.valueOf(seenVersion));
        GradeReport report = sheet.report();
        Anchor back = new Anchor("review", "← Review queue");
        back.setId("back-to-queue");
        add(back, new H1("Review: " + sheet.attempt().itemTitle()));
        Span meta = new Span(sheet.learnerName() + " · submitted " + ReviewQueueView.WHEN.format(
                sheet.attempt().submittedAt()) + " · " + (sheet.attempt().itemType() == ItemType.CASE ? "case"
                : "interview question") + " · rubric " + report.rubricTag());
        meta.setId("review-meta");
        meta.addClassName("praxis-muted");
        add(meta, graderSummary(report), claimBar());
        Div layout = new Div(answerColumn(report), rubricColumn(report));
        layout.addClassName("praxis-review-layout");
        add(layout, history());
        updateScore();
    }

    // ---- header ---------------------------------------------------------------------------------

    private Div graderSummary(GradeReport report) {
        Span score = new Span("Grader " + report.overall() + "/100");
        score.setId("grader-score");
        score.addClassName("praxis-review-score");
        Span confidence = new Span("confidence " + Math.round(report.confidence() * 100) + "%");
        confidence.setId("grader-confidence");
        confidence.addClassName(report.confidence() < 0.6 ? "praxis-low" : "praxis-muted");
        Div box = new Div(score, confidence);
        box.addClassName("praxis-review-summary");
        if (report.needsReview()) {
            Span routed = new Span("routed to a mentor");
            routed.getElement().getThemeList().add("badge");
            box.add(routed);
        }
        if (!report.flags().isEmpty()) {
            UnorderedList flags = new UnorderedList();
            flags.setId("grader-flags");
            report.flags().forEach(f -> flags.add(new ListItem(f.message())));
            box.add(flags);
        }
        return box;
    }

    private Div claimBar() {
        Div bar = new Div();
        bar.setId("claim-bar");
        bar.addClassName("praxis-claim-bar");
        Claim claim = sheet.claim();
        if (sheet.mine()) {
            String what = sheet.released() ? "You are amending version " + sheet.versions().getFirst().number()
                    + ": releasing stores version " + (sheet.versions().getFirst().number() + 1) + ". "
                    : "";
            Span text = new Span(what + "Claimed by you until " + ReviewQueueView.TIME.format(claim.expiresAt())
                    + (claim.active() ? "" : " (ran out; nobody else has claimed it, so you can go on)")
                    + ". Every save renews the claim.");
            Button release = new Button("Release claim", e -> releaseClaim());
            release.setId("release-claim");
            release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(text, release);
            bar.addClassName("mine");
            return bar;
        }
        if (claim != null && claim.active()) {
            Span text = new Span(claim.mentorName() + " is reviewing this submission until "
                    + ReviewQueueView.TIME.format(claim.expiresAt()) + ". You can read it; only they can change it.");
            bar.add(text);
            if (currentUser.hasRole(Role.ADMIN)) {
                Button release = new Button("Release their claim", e -> releaseClaim());
                release.setId("release-claim");
                release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                bar.add(release);
            }
            return bar;
        }
        if (sheet.released()) {
            ReleasedReview latest = sheet.versions().getFirst();
            bar.add(new Span("Released to the learner as version " + latest.number() + " on "
                    + ReviewQueueView.WHEN.format(latest.releasedAt()) + ". A released review changes only as a "
                    + "new version."));
            Button amend = new Button("Amend (new version)", e -> claim());
            amend.setId("amend-review");
            bar.add(amend);
            return bar;
        }
        bar.add(new Span(claim == null ? "Nobody is reviewing this submission yet."
                : "The claim by " + claim.mentorName() + " ran out; the draft is kept for whoever claims it."));
        Button claimButton = new Button("Claim", e -> claim());
        claimButton.setId("claim-" + attemptId);
        claimButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.add(claimButton);
        return bar;
    }

    private void claim() {
        try {
            sheet = reviews.claim(viewerId, attemptId);
            build();
        } catch (ReviewConflictException e) {
            warn(e.getMessage());
            reload();
        }
    }

    private void releaseClaim() {
        try {
            sheet = reviews.releaseClaim(viewerId, attemptId);
            build();
            Notification.show("Claim released. The draft is kept for whoever claims it next.");
        } catch (ReviewConflictException e) {
            warn(e.getMessage());
            reload();
        }
    }

    // ---- the answer -----------------------------------------------------------------------------

    private Div answerColumn(GradeReport report) {
        Div column = new Div();
        column.addClassName("praxis-review-answer");
        if (sheet.item() != null) {
            Paragraph prompt = new Paragraph(sheet.item().prompt());
            prompt.setId("review-prompt");
            Div promptBox = new Div(prompt);
            if (sheet.item().context() != null && !sheet.item().context().isBlank()) {
                promptBox.add(new Paragraph(sheet.item().context()));
            }
            Details details = new Details("The " + (sheet.attempt().itemType() == ItemType.CASE ? "case" : "question"),
                    promptBox);
            details.setId("review-prompt-details");
            column.add(details);
        }
        List<Evidence> all = report.criteria().stream().flatMap(c -> c.evidence().stream()).toList();
        answerBox.setId("answer-text");
        showEvidence(all);
        Button everything = new Button("Highlight all evidence", e -> showEvidence(all));
        everything.setId("evidence-all");
        everything.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph words = new Paragraph(report.wordCount() + " words. Highlighted sentences earned the grader's "
                + "credit.");
        words.addClassName("praxis-muted");
        column.add(new H2("The answer"), words, everything, answerBox);
        return column;
    }

    private void showEvidence(List<Evidence> evidence) {
        answerBox.removeAll();
        String answer = sheet.attempt().answerText() == null ? "" : sheet.attempt().answerText();
        answerBox.add(AnswerHighlighter.render(answer, evidence));
    }

    // ---- the rubric -----------------------------------------------------------------------------

    private Div rubricColumn(GradeReport report) {
        Div column = new Div(new H2("Rubric"));
        column.addClassName("praxis-review-rubric");
        column.setId("review-rubric");
        boolean editable = sheet.mine();
        for (CriterionGrade c : report.criteria()) {
            column.add(criterionCard(c, editable));
        }
        overall = new TextArea("Overall comment for the learner");
        overall.setId("overall-comment");
        overall.setMaxLength(ReviewService.MAX_OVERALL);
        overall.setWidthFull();
        overall.setMinHeight("8rem");
        overall.setHelperText("Required to release; up to " + String.format("%,d", ReviewService.MAX_OVERALL)
                + " characters.");
        overall.setValue(sheet.draft().overall());
        autosave(overall, "Overall comment", editable);
        activeField = overall;
        activeLabel = "Overall comment";
        mentorScore.setId("mentor-score");
        mentorScore.addClassName("praxis-review-score");
        saveStatus.setId("review-save-status");
        saveStatus.addClassName("praxis-muted");
        saveStatus.setText(sheet.draftSavedAt() == null ? "" : "Draft saved at "
                + ReviewQueueView.WHEN.format(sheet.draftSavedAt()));
        column.add(overall, mentorScore);
        if (editable) {
            column.add(commentBank());
            Button release = new Button("Release to learner", e -> release());
            release.setId("release-review");
            release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div actions = new Div(release, saveStatus);
            actions.addClassName("praxis-actions");
            column.add(actions);
        }
        return column;
    }

    private Div criterionCard(CriterionGrade c, boolean editable) {
        Div card = new Div();
        card.setId("review-criterion-" + c.criterionId());
        card.addClassName("praxis-card");
        card.addClassName("praxis-review-criterion");
        Span weight = new Span("weight " + c.weight());
        weight.addClassName("praxis-muted");
        card.add(new H3(c.title()), weight);
        Paragraph grader = new Paragraph("Grader: level " + c.level() + " of 3. " + c.descriptor());
        grader.setId("grader-level-" + c.criterionId());
        grader.addClassName("praxis-grader-level");
        Button evidence = new Button("Show its evidence (" + c.evidence().size() + ")", e -> showEvidence(c.evidence()));
        evidence.setId("evidence-" + c.criterionId());
        evidence.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        evidence.setEnabled(!c.evidence().isEmpty());
        card.add(grader, evidence);

        RadioButtonGroup<Integer> level = new RadioButtonGroup<>("Your level");
        level.setId("level-" + c.criterionId());
        level.setItems(0, 1, 2, 3);
        level.setItemLabelGenerator(String::valueOf);
        level.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        level.setValue(sheet.draft().level(c.criterionId(), c.level()));
        level.setReadOnly(!editable);
        Paragraph levelText = new Paragraph();
        levelText.setId("level-text-" + c.criterionId());
        levelText.addClassName("praxis-muted");
        levels.put(c.criterionId(), level);
        levelTexts.put(c.criterionId(), levelText);
        showLevel(c);
        level.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                level.setValue(e.getOldValue());
                return;
            }
            showLevel(c);
            updateScore();
            if (e.isFromClient()) {
                save();
            }
        });

        TextArea comment = new TextArea("Comment on " + c.title());
        comment.setId("comment-" + c.criterionId());
        comment.setMaxLength(ReviewService.MAX_COMMENT);
        comment.setWidthFull();
        comment.setValue(sheet.draft().comment(c.criterionId()));
        autosave(comment, "Comment on " + c.title(), editable);
        comments.put(c.criterionId(), comment);
        card.add(level, levelText, comment);
        return card;
    }

    /** Shows the descriptor of the chosen level and whether it differs from the grader's. */
    private void showLevel(CriterionGrade c) {
        int chosen = Optional.ofNullable(levels.get(c.criterionId()).getValue()).orElse(c.level());
        String descriptor = sheet.item() == null ? "" : sheet.item().rubric().criteria().stream()
                .filter(k -> k.id().equals(c.criterionId())).findFirst()
                .map(k -> chosen <= Criterion.MAX_LEVEL ? k.descriptor(chosen) : "").orElse("");
        Paragraph text = levelTexts.get(c.criterionId());
        text.setText((chosen == c.level() ? "Same as the grader. " : "Changed from the grader's " + c.level() + ". ")
                + descriptor);
        text.getElement().getClassList().set("changed", chosen != c.level());
    }

    private void autosave(TextArea field, String label, boolean editable) {
        field.setReadOnly(!editable);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(AUTOSAVE_MS);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                field.setInvalid(false);
                save();
            }
        });
        field.addFocusListener(e -> {
            activeField = field;
            activeLabel = label;
            bankTarget.setText("Inserts into and saves from: " + label);
        });
    }

    private Div commentBank() {
        bank = new ComboBox<>("Comment bank");
        bank.setId("comment-bank");
        bank.setPlaceholder("Insert a saved comment");
        bank.setItemLabelGenerator(BankComment::text);
        bank.setItems(reviews.commentBank(viewerId));
        bank.setClearButtonVisible(true);
        bank.setWidthFull();
        bank.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                insert(e.getValue().text());
                bank.clear();
            }
        });
        Button save = new Button("Save to bank", e -> saveToBank());
        save.setId("save-to-bank");
        save.setTooltipText("Save the text of the comment field you last used, to reuse it in later reviews");
        bankTarget.setId("bank-target");
        bankTarget.addClassName("praxis-muted");
        bankTarget.setText("Inserts into and saves from: " + activeLabel);
        Div box = new Div(bank, save, bankTarget);
        box.setId("comment-bank-box");
        box.addClassName("praxis-comment-bank");
        return box;
    }

    private void insert(String text) {
        TextArea field = activeField == null ? overall : activeField;
        String current = field.getValue();
        String next = current.isBlank() ? text : current.stripTrailing() + "\n" + text;
        if (next.length() > field.getMaxLength()) {
            field.setInvalid(true);
            field.setErrorMessage(activeLabel + ": inserting this comment would pass the limit of "
                    + String.format("%,d", (int) field.getMaxLength()) + " characters; nothing was inserted.");
            return;
        }
        field.setValue(next);
        save();
    }

    private void saveToBank() {
        TextArea field = activeField == null ? overall : activeField;
        try {
            reviews.saveToBank(viewerId, field.getValue());
            bank.setItems(reviews.commentBank(viewerId));
            Notification.show("Saved to your comment bank.");
        } catch (ReviewInputException e) {
            warn(e.getMessage());
        }
    }

    // ---- saving and releasing -------------------------------------------------------------------

    private ReviewDraft currentDraft() {
        Map<String, Integer> levelValues = new LinkedHashMap<>();
        Map<String, String> commentValues = new LinkedHashMap<>();
        levels.forEach((id, group) -> {
            if (group.getValue() != null) {
                levelValues.put(id, group.getValue());
            }
        });
        comments.forEach((id, field) -> commentValues.put(id, field.getValue()));
        return new ReviewDraft(levelValues, commentValues, overall.getValue());
    }

    private void updateScore() {
        if (overall == null) {
            return;
        }
        mentorScore.setText("Your score " + ReviewService.score(sheet.report(), currentDraft()) + "/100 · grader "
                + sheet.report().overall() + "/100");
    }

    private void save() {
        if (!sheet.mine() || conflictOpen) {
            return;
        }
        try {
            seenVersion = reviews.saveDraft(viewerId, attemptId, currentDraft(), seenVersion);
            saveStatus.setText("Draft saved at " + SAVED.format(java.time.Instant.now()));
            // Scripts and browser tests can tell one save from the next.
            saveStatus.getElement().setAttribute("data-version", String.valueOf(seenVersion));
        } catch (ReviewConflictException e) {
            showConflict(e.getMessage());
        } catch (ReviewInputException e) {
            markInvalid(e);
            saveStatus.setText("Not saved: " + e.getMessage());
        }
    }

    private void release() {
        if (conflictOpen) {
            return;
        }
        try {
            ReleasedReview released = reviews.release(viewerId, attemptId, currentDraft(), seenVersion);
            Notification n = Notification.show("Released to " + sheet.learnerName() + " as version "
                    + released.number() + ". They have been notified.", 5000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (ReviewInputException e) {
            markInvalid(e);
            warn(e.getMessage());
        } catch (ReviewConflictException e) {
            showConflict(e.getMessage());
        }
    }

    private void markInvalid(ReviewInputException e) {
        TextArea field = ReviewInputException.OVERALL.equals(e.field()) ? overall : comments.get(e.field());
        if (field != null) {
            field.setInvalid(true);
            field.setErrorMessage(e.getMessage());
            field.focus();
        }
    }

    /**
     * Someone else changed the review. Nothing of ours was stored; show our text so it can be
     * kept (when we still hold the claim) or copied, and never overwrite anything silently.
     */
    private void showConflict(String message) {
        conflictOpen = true;
        ReviewDraft mine = currentDraft();
        ReviewSheet fresh = reviews.open(viewerId, attemptId);
        Dialog dialog = new Dialog();
        dialog.setId("review-conflict");
        dialog.setHeaderTitle("This review changed elsewhere");
        dialog.setCloseOnOutsideClick(false);
        Paragraph why = new Paragraph(message);
        why.setId("conflict-message");
        TextArea unsaved = new TextArea("Your text that was not saved");
        unsaved.setId("conflict-unsaved");
        unsaved.setReadOnly(true);
        unsaved.setWidthFull();
        unsaved.setValue(describe(mine));
        dialog.add(why, unsaved);
        Button load = new Button("Load the saved review", e -> {
            dialog.close();
            sheet = fresh;
            build();
        });
        load.setId("conflict-reload");
        dialog.getFooter().add(load);
        if (fresh.mine()) {
            Button keep = new Button("Keep my version", e -> {
                dialog.close();
                try {
                    reviews.saveDraft(viewerId, attemptId, mine, fresh.reviewVersion());
                    reload();
                    Notification.show("Your version was saved; the other change was replaced.");
                } catch (ReviewConflictException again) {
                    conflictOpen = false;
                    showConflict(again.getMessage());
                }
            });
            keep.setId("conflict-keep");
            keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(keep);
        }
        add(dialog);
        dialog.open();
    }

    private String describe(ReviewDraft draft) {
        StringBuilder out = new StringBuilder();
        for (CriterionGrade c : sheet.report().criteria()) {
            out.append(c.title()).append(": level ").append(draft.level(c.criterionId(), c.level()));
            String comment = draft.comment(c.criterionId());
            if (!comment.isBlank()) {
                out.append(" · ").append(comment);
            }
            out.append('\n');
        }
        return out.append("Overall: ").append(draft.overall()).toString();
    }

    private static void warn(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    // ---- history --------------------------------------------------------------------------------

    private Div history() {
        Div box = new Div();
        box.setId("review-history");
        if (sheet.versions().isEmpty()) {
            return box;
        }
        box.add(new H2("Released versions"));
        boolean first = true;
        for (ReleasedReview v : sheet.versions()) {
            Details details = new Details(versionTitle(v), versionBody(v, "history-" + v.number()));
            details.setId("review-version-" + v.number());
            details.setOpened(first);
            first = false;
            box.add(details);
        }
        return box;
    }

    static String versionTitle(ReleasedReview v) {
        return "Version " + v.number() + " · " + v.mentorName() + " · " + ReviewQueueView.WHEN.format(v.releasedAt())
                + " · mentor " + v.mentorScore() + "/100, grader " + v.graderScore() + "/100";
    }

    /** A released version as text components only: comments are user input. */
    static Div versionBody(ReleasedReview v, String idPrefix) {
        Div body = new Div();
        body.addClassName("praxis-review-version");
        for (CriterionReview c : v.criteria()) {
            Div row = new Div();
            row.setId(idPrefix + "-criterion-" + c.criterionId());
            row.addClassName("praxis-review-version-row");
            Span title = new Span(c.title());
            title.addClassName("praxis-review-version-title");
            Span levelsText = new Span(c.changed() ? "grader " + c.graderLevel() + " → mentor " + c.mentorLevel()
                    : "level " + c.mentorLevel() + " (grader agreed)");
            levelsText.addClassName(c.changed() ? "changed" : "praxis-muted");
            row.add(title, levelsText);
            if (!c.comment().isBlank()) {
                Paragraph comment = new Paragraph(c.comment());
                comment.addClassName("praxis-review-comment");
                row.add(comment);
            }
            body.add(row);
        }
        Paragraph overallComment = new Paragraph(v.overallComment());
        overallComment.setId(idPrefix + "-overall");
        overallComment.addClassName("praxis-review-overall");
        body.add(overallComment);
        return body;
    }
}
