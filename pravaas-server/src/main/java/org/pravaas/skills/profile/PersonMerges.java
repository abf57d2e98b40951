package org.pravaas.skills.profile;

import org.pravaas.registry.PersonUnmerged;
import org.pravaas.registry.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the registry's merges: the merged person's profile (and its placements) moves to the
 * survivor when the survivor has none, so overlaps and rankings see one person; an unmerge gives
 * it back. Both are idempotent: a redelivered event changes nothing the second time. When both
 * people have a profile, both stay, for a caseworker to reconcile.
 */
@Component
class PersonMerges {
    private final JdbcClient jdbc;
    private final Profiles profiles;

    PersonMerges(JdbcClient jdbc, Profiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    @ApplicationModuleListener
    void on(PersonsMerged merged) {
        int moved = jdbc.sql(
                        """
                update skills.profile set person_id = :survivor, merged_from = :merged, version = version + 1
                where person_id = :merged
                  and not exists (select 1 from skills.profile s where s.person_id = :survivor)
                """)
                .param("survivor", merged.survivor().value())
                .param("merged", merged.merged().value())
                .update();
        if (moved > 0) repoint(merged.merged().value(), merged.survivor().value());
    }

    @ApplicationModuleListener
    void on(PersonUnmerged unmerged) {
        var restored = jdbc.sql(
                        """
                update skills.profile set person_id = merged_from, merged_from = null, version = version + 1
                where merged_from is not null and (merged_from = :a or merged_from = :b)
                returning person_id
                """)
                .param("a", unmerged.survivor().value())
                .param("b", unmerged.restored().value())
                .query(java.util.UUID.class)
                .list();
        for (var person : restored) {
            jdbc.sql(
                            """
                    update skills.placement pl set person_id = p.person_id
                    from skills.profile p where p.id = pl.profile_id and p.person_id = :person
                    """)
                    .param("person", person)
                    .update();
        }
        if (!restored.isEmpty()) profiles.bumpGeneration();
    }

    private void repoint(java.util.UUID from, java.util.UUID to) {
        jdbc.sql("update skills.placement set person_id = :to where person_id = :from")
                .param("from", from)
                .param("to", to)
                .update();
        profiles.bumpGeneration();
    }
}
