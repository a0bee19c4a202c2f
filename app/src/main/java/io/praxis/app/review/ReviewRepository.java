package io.praxis.app.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByAttemptId(Long attemptId);

    List<Review> findByAttemptIdIn(Collection<Long> attemptIds);

    List<Review> findByReleasedVersionsGreaterThan(int versions);
}
