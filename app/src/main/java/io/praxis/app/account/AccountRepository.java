package io.praxis.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByRole(Role role);

    long countByRoleAndActiveTrue(Role role);

    List<Account> findByRoleAndActiveTrueOrderByDisplayName(Role role);

    List<Account> findByEmailIn(List<String> emails);

    /** Flags instead of null parameters keep the query portable and typed. */
    @Query("""
            select a from Account a
            where (lower(a.email) like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\')
              and (:anyRole = true or a.role = :role)
              and (:anyState = true or a.active = :active)
            order by lower(a.displayName), a.id""")
    Page<Account> search(@Param("pattern") String pattern, @Param("anyRole") boolean anyRole, @Param("role") Role role,
            @Param("anyState") boolean anyState, @Param("active") boolean active, Pageable page);
}
