package io.praxis.app.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.praxis.app.account.CurrentUser;
import io.praxis.app.practice.AttemptReportSection;
import io.praxis.app.practice.AttemptStatus;
import io.praxis.app.practice.AttemptView;
import io.praxis.app.review.ReviewService.ReleasedReview;
import java.util.List;
import java.util.Optional;


/**
 * The mentor's review on the learner's feedback report ({@code mentor-review}), next to the
 * grader's: the latest released version with the mentor's level and comment per criterion and
 * the overall comment, and every earlier version ({@code review-history}). While a mentor works
 * on it, a short note says so. The service checks again that the attempt is the learner's.
 */
@org.springframework.stereotype.Component
class MentorReviewSection implements AttemptReportSection {

    private final ReviewService reviews;
    private final CurrentUser currentUser;

    MentorReviewSection(ReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(AttemptView attempt) {
        long learnerId = currentUser.require().getId();
        List<ReleasedReview> versions = reviews.reviewsForLearner(learnerId, attempt.id());
        UI.getCurrent().getPage().addStyleSheet("styles/review.css");
        Div section = new Div();
        section.setId("mentor-review");
        section.addClassName("praxis-card");
        section.addClassName("praxis-mentor-review");
        if (versions.isEmpty()) {
            if (attempt.status() != AttemptStatus.IN_REVIEW) {
                return Optional.empty();
            }
            Paragraph note = new Paragraph("A mentor is reviewing your answer. Their review will appear here, next to "
                    + "the grader's.");
            note.setId("mentor-review-pending");
            section.add(new H2("Mentor review"), note);
            return Optional.of(section);
        }
        ReleasedReview latest = versions.getFirst();
        Span by = new Span(latest.mentorName() + " · " + ReviewQueueView.WHEN.format(latest.releasedAt())
                + (latest.number() > 1 ? " · version " + latest.number() + " (amended)" : ""));
        by.setId("mentor-review-by");
        by.addClassName("praxis-muted");
        Div score = new Div(new Span(String.valueOf(latest.mentorScore())), new Span("/100"));
        score.setId("mentor-review-score");
        score.addClassName("praxis-score");
        Span compare = new Span("The mentor's score from their levels; the grader gave " + latest.graderScore()
                + "/100.");
        compare.addClassName("praxis-muted");
        section.add(new H2("Mentor review"), by, score, compare, ReviewView.versionBody(latest, "mentor-review"));
        if (versions.size() > 1) {
            // The learner sees every version: an amendment never hides what was said before.
            Div history = new Div(new Paragraph("Earlier versions of this review:"));
            history.setId("review-history");
            for (ReleasedReview v : versions.subList(1, versions.size())) {
                Details details = new Details(ReviewView.versionTitle(v), ReviewView.versionBody(v,
                        "mentor-review-v" + v.number()));
                details.setId("mentor-review-version-" + v.number());
                history.add(details);
            }
            section.add(history);
        }
        return Optional.of(section);
    }
}
