package io.praxis.app.journal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findByUserIdOrderByEntryDateDescCreatedAtDesc(Long userId);

    Optional<JournalEntry> findByIdAndUserId(Long id, Long userId);

    boolean existsByUserId(Long userId);
}
