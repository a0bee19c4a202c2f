package io.praxis.app.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.account.Role;
import io.praxis.app.practice.ItemType;
import io.praxis.app.review.ReviewService.QueueEntry;
import io.praxis.app.review.ReviewService.QueueFilter;
import io.praxis.app.shell.Cards;
import io.praxis.scoring.grading.Flag;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review queue: submitted answers of the mentor's cohorts (an admin's: everyone's) that wait
 * for a mentor, oldest first, with the grader's score, confidence and flags, filterable by case
 * or question, by learner, and to the ones the grader routed to a mentor. "Claim" locks a
 * submission to this mentor and opens the review screen.
 */
@Route("review")
@PageTitle("Review queue · Praxis")
@Menu(order = 50, title = "Review queue", icon = "vaadin:clipboard-check")
@RolesAllowed({Role.MENTOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/review.css")
public class ReviewQueueView extends Div implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /** Rows drawn at most; the rest are counted, so a big backlog stays fast. */
    static final int MAX_ROWS = 200;

    /** A filter choice: a case or question. */
    record ItemChoice(ItemType type, String id, String title) {
    }

    /** A filter choice: a learner. */
    record LearnerChoice(long id, String name) {
    }

    private final ReviewService reviews;
    private final CurrentUser currentUser;
    private final Select<ItemChoice> itemFilter = new Select<>();
    private final Select<LearnerChoice> learnerFilter = new Select<>();
    private final Checkbox routedOnly = new Checkbox("Only those the grader routed to a mentor");
    private final Div rows = new Div();
    private final Span summary = new Span();
    private long viewerId;

    ReviewQueueView(ReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        addClassName("praxis-page");
        addClassName("praxis-review-queue-page");
        itemFilter.setId("queue-filter-item");
        itemFilter.setLabel("Case or question");
        itemFilter.setEmptySelectionAllowed(true);
        itemFilter.setEmptySelectionCaption("All");
        itemFilter.setItemLabelGenerator(c -> c == null ? "All" : c.title());
        learnerFilter.setId("queue-filter-learner");
        learnerFilter.setLabel("Learner");
        learnerFilter.setEmptySelectionAllowed(true);
        learnerFilter.setEmptySelectionCaption("All");
        learnerFilter.setItemLabelGenerator(c -> c == null ? "All" : c.name());
        routedOnly.setId("queue-filter-routed");
        itemFilter.addValueChangeListener(e -> showRows());
        learnerFilter.addValueChangeListener(e -> showRows());
        routedOnly.addValueChangeListener(e -> showRows());
        rows.setId("review-queue");
        rows.addClassName("praxis-queue");
        summary.setId("queue-summary");
        summary.addClassName("praxis-muted");
        Div filters = new Div(itemFilter, learnerFilter, routedOnly);
        filters.addClassName("praxis-filters");
        Anchor calibration = new Anchor("review/calibration", "Calibration: grader vs mentors");
        calibration.setId("calibration-link");
        add(new H1("Review queue"), new Paragraph("Submitted answers waiting for a mentor, oldest first. Claiming one "
                + "locks it to you for " + reviews.claimLength().toMinutes() + " minutes, renewed whenever your review "
                + "is saved."), calibration, filters, summary, rows);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewerId = currentUser.require().getId();
        List<QueueEntry> all = reviews.queue(viewerId, QueueFilter.ALL);
        Map<String, ItemChoice> items = new LinkedHashMap<>();
        Map<Long, LearnerChoice> learners = new LinkedHashMap<>();
        all.stream().sorted(java.util.Comparator.comparing(QueueEntry::itemTitle)).forEach(e -> items.putIfAbsent(
                e.itemType() + ":" + e.itemId(), new ItemChoice(e.itemType(), e.itemId(), e.itemTitle())));
        all.stream().sorted(java.util.Comparator.comparing(QueueEntry::learnerName)).forEach(e -> learners.putIfAbsent(
                e.learnerId(), new LearnerChoice(e.learnerId(), e.learnerName())));
        itemFilter.setItems(List.copyOf(items.values()));
        learnerFilter.setItems(List.copyOf(learners.values()));
        showRows();
    }

    private void showRows() {
        ItemChoice item = itemFilter.getValue();
        LearnerChoice learner = learnerFilter.getValue();
        QueueFilter filter = new QueueFilter(item == null ? null : item.type(), item == null ? null : item.id(),
                learner == null ? null : learner.id(), routedOnly.getValue());
        List<QueueEntry> entries = reviews.queue(viewerId, filter);
        rows.removeAll();
        summary.setText(entries.size() == 1 ? "1 submission" : entries.size() + " submissions");
        if (entries.isEmpty()) {
            rows.add(Cards.empty("Nothing is waiting for review" + (filter.equals(QueueFilter.ALL) ? "." : " with "
                    + "these filters."), null, null));
            return;
        }
        entries.stream().limit(MAX_ROWS).forEach(e -> rows.add(row(e)));
        if (entries.size() > MAX_ROWS) {
            rows.add(new Paragraph("Showing the oldest " + MAX_ROWS + " of " + entries.size()
                    + ". Filter by case or learner to see others."));
        }
    }

    private Div row(QueueEntry e) {
        Div row = new Div();
        row.setId("queue-row-" + e.attemptId());
        row.addClassName("praxis-queue-row");
        // Names and titles are shown as text: a learner's display name is user input.
        Span title = new Span(e.itemTitle());
        title.addClassName("praxis-queue-title");
        Span kind = new Span(e.itemType() == ItemType.CASE ? "Case" : "Question");
        kind.getElement().getThemeList().add("badge contrast");
        Span who = new Span(e.learnerName() + " · submitted " + WHEN.format(e.submittedAt()));
        who.addClassName("praxis-muted");
        Div head = new Div(kind, title);
        head.addClassName("praxis-queue-head");
        Span score = new Span("Grader " + e.graderScore() + "/100");
        Span confidence = new Span("confidence " + Math.round(e.confidence() * 100) + "%");
        confidence.addClassName(e.confidence() < 0.6 ? "praxis-low" : "praxis-muted");
        Div grade = new Div(score, confidence);
        grade.addClassName("praxis-queue-grade");
        if (e.needsReview()) {
            Span routed = new Span("routed to a mentor");
            routed.getElement().getThemeList().add("badge");
            grade.add(routed);
        }
        for (Flag f : e.flags()) {
            Span flag = new Span(f.code().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            flag.getElement().getThemeList().add("badge error");
            flag.getElement().setAttribute("title", f.message());
            grade.add(flag);
        }
        row.add(new Div(head, who), grade, claimCell(e));
        return row;
    }

    private Div claimCell(QueueEntry e) {
        Div cell = new Div();
        cell.addClassName("praxis-queue-claim");
        ReviewService.Claim claim = e.claim();
        if (claim != null && claim.active() && claim.mentorId() == viewerId) {
            Button open = new Button("Continue", click -> UI.getCurrent().navigate("review/" + e.attemptId()));
            open.setId("continue-" + e.attemptId());
            cell.add(new Span("Claimed by you until " + TIME.format(claim.expiresAt())), open);
            return cell;
        }
        if (claim != null && claim.active()) {
            Span held = new Span(claim.mentorName() + " is reviewing (until " + TIME.format(claim.expiresAt()) + ")");
            held.addClassName("praxis-muted");
            Anchor look = new Anchor("review/" + e.attemptId(), "View");
            cell.add(held, look);
            return cell;
        }
        if (claim != null) {
            Span expired = new Span("Claim by " + claim.mentorName() + " ran out");
            expired.addClassName("praxis-muted");
            cell.add(expired);
        }
        Button claimButton = new Button("Claim", click -> claim(e.attemptId()));
        claimButton.setId("claim-" + e.attemptId());
        claimButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cell.add(claimButton);
        return cell;
    }

    private void claim(long attemptId) {
        try {
            reviews.claim(viewerId, attemptId);
            UI.getCurrent().navigate("review/" + attemptId);
        } catch (ReviewConflictException ex) {
            Notification n = Notification.show(ex.getMessage(), 6000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
            showRows();
        }
    }
}
