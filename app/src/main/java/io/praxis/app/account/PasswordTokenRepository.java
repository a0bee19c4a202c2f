package io.praxis.app.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);

    /** Removes an account's links that were never used, so that only the newest one works. */
    @Modifying
    @Query("delete from PasswordToken t where t.userId = :userId and t.usedAt is null")
    int deleteOpenTokens(@Param("userId") long userId);

    /**
     * Marks a token used if nobody did so first. The condition makes redemption atomic: of two
     * concurrent redemptions of one link exactly one gets 1 back.
     */
    @Modifying
    @Query("update PasswordToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int markUsed(@Param("id") long id, @Param("now") Instant now);
}
