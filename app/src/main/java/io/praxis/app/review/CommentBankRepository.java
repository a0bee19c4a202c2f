package io.praxis.app.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentBankRepository extends JpaRepository<CommentBankEntry, Long> {

    List<CommentBankEntry> findByMentorIdOrderByCreatedAtDescIdDesc(Long mentorId);

    boolean existsByMentorIdAndBody(Long mentorId, String body);

    long countByMentorId(Long mentorId);
}
