package io.praxis.app.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByAttemptId(Long attemptId);

    List<Review> findByAttemptIdIn(Collection<Long> attemptIds);

    List<Review> findByReleasedVersionsGreaterThan(int versions);

    boolean existsByLearnerId(Long learnerId);

    /** When the review of each of these learners' reviewed attempts was first released (version 1). */
    @Query("select new io.praxis.app.review.FirstRelease(r.attemptId, v.releasedAt) from Review r "
            + "join ReviewVersion v on v.reviewId = r.id where r.learnerId in :learnerIds and v.number = 1")
    List<FirstRelease> firstReleases(@Param("learnerIds") Collection<Long> learnerIds);

    /** Every released version of the learner's reviews, newest first, without their criteria. */
    @Query("select new io.praxis.app.review.ReleasedVersionRow(r.attemptId, r.itemType, r.itemId, v.number, "
            + "v.mentorName, v.releasedAt, v.graderScore, v.mentorScore, v.overallComment) from Review r "
            + "join ReviewVersion v on v.reviewId = r.id where r.learnerId = :learnerId "
            + "order by v.releasedAt desc, v.number desc, r.attemptId desc")
    List<ReleasedVersionRow> releasedVersionsOf(@Param("learnerId") Long learnerId);
}
