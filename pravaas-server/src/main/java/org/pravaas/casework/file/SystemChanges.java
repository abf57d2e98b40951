package org.pravaas.casework.file;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.definition.Definition;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes that follow other modules' events, made as "system" (no user is signed in within a
 * listener). Each is idempotent: a case already past the stage, or a hold already known, is left as
 * it is.
 */
@Service
public class SystemChanges {
    private final CaseFiles files;
    private final Definitions definitions;
    private final TransitionCheck check;
    private final StageMoves moves;
    private final CaseEffects effects;
    private final JdbcClient jdbc;

    SystemChanges(
            CaseFiles files,
            Definitions definitions,
            TransitionCheck check,
            StageMoves moves,
            CaseEffects effects,
            JdbcClient jdbc) {
        this.files = files;
        this.definitions = definitions;
        this.check = check;
        this.moves = moves;
        this.effects = effects;
        this.jdbc = jdbc;
    }

    /** The case's movement completed: it moves on from its travelling stage (see {@code TransitionCheck}). */
    @Transactional
    public void arrived(String reference, Instant at) {
        files.byReference(reference)
                .flatMap(c -> files.lock(c.summary().id().value()))
                .ifPresent(c -> {
                    String next =
                            TransitionCheck.MOVEMENT_STAGES.get(c.summary().stage());
                    if (next == null) {
                        return;
                    }
                    Definition d =
                            definitions.get(c.summary().programme(), c.summary().definitionVersion());
                    check.check(c, d, next);
                    moves.apply(c, d, next, "system", at, null); // the stay ends when the movement did
                });
    }

    @Transactional
    public void noShow(String reference, PersonId person, Instant at) {
        files.byReference(reference)
                .ifPresent(c -> effects.timeline(
                        c.summary().id(), "casework.timeline.no-show", List.of(at.toString()), effects.now()));
    }

    @Transactional
    public void holdPlaced(UUID hold, PersonId person, Instant at) {
        int added = jdbc.sql(
                        """
                insert into casework.health_hold (hold_id, person_id, placed_at) values (:h, :p, :at)
                on conflict (hold_id) do nothing
                """)
                .param("h", hold)
                .param("p", person.value())
                .param("at", Timestamp.from(at))
                .update();
        if (added > 0) {
            openCasesOf(person).forEach(id -> effects.timeline(id, "casework.timeline.hold-placed", List.of(), at));
        }
    }

    @Transactional
    public void holdLifted(UUID hold, PersonId person, Instant at) {
        int lifted = jdbc.sql(
                        "update casework.health_hold set lifted_at = :at where hold_id = :h and lifted_at is null")
                .param("h", hold)
                .param("at", Timestamp.from(at))
                .update();
        if (lifted > 0) {
            openCasesOf(person).forEach(id -> effects.timeline(id, "casework.timeline.hold-lifted", List.of(), at));
        }
    }

    private List<CaseId> openCasesOf(PersonId person) {
        return jdbc.sql(
                        """
                select c.id from casework.case_file c join casework.case_member m on m.case_id = c.id
                where m.person_id = :p and c.status = 'OPEN'
                """)
                .param("p", person.value())
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class)))
                .list();
    }
}
