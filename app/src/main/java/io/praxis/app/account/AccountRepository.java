package io.praxis.app.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByRole(Role role);

    long countByRoleAndActiveTrue(Role role);
}
