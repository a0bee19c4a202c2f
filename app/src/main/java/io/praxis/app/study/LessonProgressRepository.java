package io.praxis.app.study;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonProgressRepository extends JpaRepository<LessonProgress, LessonProgress.Key> {

    List<LessonProgress> findByKeyUserId(Long userId);

    Optional<LessonProgress> findFirstByKeyUserIdOrderByLastOpenedAtDesc(Long userId);

    List<LessonProgress> findByCompletedAtIsNotNull();

    List<LessonProgress> findByKeyUserIdIn(java.util.Collection<Long> userIds);
}
