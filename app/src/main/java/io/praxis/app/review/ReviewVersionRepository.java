package io.praxis.app.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewVersionRepository extends JpaRepository<ReviewVersion, Long> {

    List<ReviewVersion> findByReviewIdOrderByNumberDesc(Long reviewId);

    List<ReviewVersion> findByReviewIdIn(Collection<Long> reviewIds);
}
