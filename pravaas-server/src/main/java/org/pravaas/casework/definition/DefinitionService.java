package org.pravaas.casework.definition;

import java.time.Clock;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.shared.StaleUpdateException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme managers (a module designation) and administrators change a programme's definition
 * without a code change: each save is checked against the version they edited and stored as the
 * next version; cases already open keep theirs.
 */
@Service
public class DefinitionService {
    private final Definitions definitions;
    private final JdbcClient jdbc;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    DefinitionService(Definitions definitions, JdbcClient jdbc, Access access, AuditLog audit, Clock clock) {
        this.definitions = definitions;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayDesignate() {
        return access.signedIn().map(CurrentUser::isAdministrator).orElse(false);
    }

    public boolean mayEdit(String programme) {
        return access.signedIn()
                .map(u -> u.isAdministrator() || isManager(u, programme))
                .orElse(false);
    }

    /** Saves the edit as the version after {@code baseVersion}, which must still be the newest. */
    @Transactional
    public Definition edit(String programme, int baseVersion, DefinitionEdit edit) {
        CurrentUser user = access.current();
        if (!user.isAdministrator() && !isManager(user, programme)) {
            throw new AccessDeniedException("Only programme managers and administrators edit definitions");
        }
        definitions.lock(programme);
        int current = definitions.versions(programme).get(0).version();
        if (current != baseVersion) {
            throw new StaleUpdateException("definition", programme, current);
        }
        Definition next = DefinitionChanges.apply(definitions.get(programme, current), edit);
        definitions.insert(next, user.username(), clock.instant());
        audit.record(AuditEvent.of("casework.definition.saved", "programme", programme, null)
                .withDetails(edit.kind() + " v" + next.version()));
        return next;
    }

    /** Designates a programme manager (administrators only). */
    @Transactional
    public void designateManager(String username, String programme) {
        if (!access.current().isAdministrator()) {
            throw new AccessDeniedException("Administrators designate programme managers");
        }
        definitions.programme(programme);
        jdbc.sql("insert into casework.programme_manager (username, programme) values (:u, :p) on conflict do nothing")
                .param("u", username.strip())
                .param("p", programme)
                .update();
        audit.record(AuditEvent.of("casework.manager.designated", "programme", programme, null)
                .withDetails("user=" + username.strip()));
    }

    private boolean isManager(CurrentUser user, String programme) {
        return jdbc.sql(
                        "select exists (select 1 from casework.programme_manager where username = :u and programme = :p)")
                .param("u", user.username())
                .param("p", programme)
                .query(Boolean.class)
                .single();
    }
}
