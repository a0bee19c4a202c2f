package io.praxis.app.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /** Everyone who appears as an actor, for the filter: id and address (addresses do not change). */
    @Query("select e.actorId, max(e.actorEmail) from AuditEntry e where e.actorId is not null "
            + "group by e.actorId order by max(e.actorEmail)")
    List<Object[]> actors();
}
