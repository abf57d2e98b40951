package org.pravaas.health.assessment;

import org.pravaas.registry.PersonUnmerged;
import org.pravaas.registry.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the registry's merges: a person's health records are those filed under their id and
 * under every id merged into it (the SQL function {@code health.person_ids} reads the lines kept
 * here), so a hold placed on a record that is later merged still stops the survivor. Nothing is
 * rewritten, so an unmerge gives each record back its own history.
 */
@Component("healthMergedPeople")
class MergedPeople {
    private final JdbcClient jdbc;

    MergedPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsMerged merged) {
        jdbc.sql(
                        """
                insert into health.person_alias (merged_id, survivor_id, merge_id) values (:merged, :survivor, :merge)
                on conflict (merged_id) do update set survivor_id = excluded.survivor_id, merge_id = excluded.merge_id
                """)
                .param("merged", merged.merged().value())
                .param("survivor", merged.survivor().value())
                .param("merge", merged.mergeId())
                .update();
    }

    @ApplicationModuleListener
    void on(PersonUnmerged unmerged) {
        jdbc.sql("delete from health.person_alias where merge_id = :merge")
                .param("merge", unmerged.mergeId())
                .update();
    }
}
