package io.praxis.app.review;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import io.praxis.app.account.Account;
import io.praxis.app.account.Role;
import io.praxis.app.review.ReviewService.QueueEntry;
import io.praxis.app.review.ReviewService.QueueFilter;
import io.praxis.app.shell.Cards;
import io.praxis.app.shell.HomePanel;
import java.util.List;
import java.util.Set;

/** The home card of mentors and admins: how many submissions wait, how many are unclaimed. */
@org.springframework.stereotype.Component
class ReviewHomePanel implements HomePanel {

    private final ReviewService reviews;

    ReviewHomePanel(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.MENTOR, Role.ADMIN);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component create(Account account) {
        List<QueueEntry> queue = reviews.queue(account.getId(), QueueFilter.ALL);
        long free = queue.stream().filter(e -> e.claim() == null || !e.claim().active()).count();
        long routed = queue.stream().filter(QueueEntry::needsReview).count();
        Div stats = new Div(Cards.stat(String.valueOf(queue.size()), "waiting for review"),
                Cards.stat(String.valueOf(free), "not claimed"),
                Cards.stat(String.valueOf(routed), "routed by the grader"));
        stats.addClassName("praxis-stats-row");
        Anchor open = new Anchor("review", "Open the review queue");
        open.setId("home-review-link");
        return Cards.card("review-home", "Review queue", stats, open);
    }
}
