package io.praxis.app.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<UserNotification, Long> {

    long countByUserIdAndReadAtIsNull(Long userId);

    List<UserNotification> findByUserIdOrderByCreatedAtDescIdDesc(Long userId, Pageable page);

    @Modifying
    @Query("update UserNotification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int markAllRead(@Param("userId") Long userId, @Param("at") Instant at);
}
