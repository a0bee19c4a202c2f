package io.praxis.app.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One released version of a review, immutable once stored: the mentor's level and comment for
 * every criterion next to the grader's level, the overall comment and both scores. Amending a
 * review stores the next version; the learner sees them all.
 */
@Entity
@Table(name = "review_version")
class ReviewVersion {

    /** One criterion of a released version. */
    @Embeddable
    static class CriterionRow {

        @Column(name = "criterion_id", nullable = false, length = 80)
        private String criterionId;

        @Column(nullable = false, length = 200)
        private String title;

        @Column(name = "sort_order", nullable = false)
        private int sortOrder;

        @Column(nullable = false)
        private int weight;

        @Column(name = "grader_level", nullable = false)
        private int graderLevel;

        @Column(name = "mentor_level", nullable = false)
        private int mentorLevel;

        @Column(name = "comment_text", nullable = false, length = 2000)
        private String comment;

        protected CriterionRow() {
        }

        CriterionRow(String criterionId, String title, int sortOrder, int weight, int graderLevel, int mentorLevel,
                String comment) {
            this.criterionId = criterionId;
            this.title = title;
            this.sortOrder = sortOrder;
            this.weight = weight;
            this.graderLevel = graderLevel;
            this.mentorLevel = mentorLevel;
            this.comment = comment;
        }

        String criterionId() {
            return criterionId;
        }

        String title() {
            return title;
        }

        int weight() {
            return weight;
        }

        int graderLevel() {
            return graderLevel;
        }

        int mentorLevel() {
            return mentorLevel;
        }

        String comment() {
            return comment;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "mentor_id")
    private Long mentorId;

    @Column(name = "mentor_name", nullable = false, length = 120)
    private String mentorName;

    @Column(name = "overall_comment", nullable = false, length = 4000)
    private String overallComment;

    @Column(name = "grader_score", nullable = false)
    private int graderScore;

    @Column(name = "mentor_score", nullable = false)
    private int mentorScore;

    @Column(name = "rubric_tag", length = 120)
    private String rubricTag;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_version_criterion", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("sortOrder")
    private List<CriterionRow> criteria = new ArrayList<>();

    protected ReviewVersion() {
    }

    ReviewVersion(long reviewId, int number, long mentorId, String mentorName, String overallComment, int graderScore,
            int mentorScore, String rubricTag, Instant releasedAt, List<CriterionRow> criteria) {
        this.reviewId = reviewId;
        this.number = number;
        this.mentorId = mentorId;
        this.mentorName = mentorName;
        this.overallComment = overallComment;
        this.graderScore = graderScore;
        this.mentorScore = mentorScore;
        this.rubricTag = rubricTag;
        this.releasedAt = releasedAt;
        this.criteria = new ArrayList<>(criteria);
    }

    Long getId() {
        return id;
    }

    Long getReviewId() {
        return reviewId;
    }

    int getNumber() {
        return number;
    }

    Long getMentorId() {
        return mentorId;
    }

    String getMentorName() {
        return mentorName;
    }

    String getOverallComment() {
        return overallComment;
    }

    int getGraderScore() {
        return graderScore;
    }

    int getMentorScore() {
        return mentorScore;
    }

    String getRubricTag() {
        return rubricTag;
    }

    Instant getReleasedAt() {
        return releasedAt;
    }

    List<CriterionRow> getCriteria() {
        return List.copyOf(criteria);
    }
}
