package org.pravaas.casework.programme;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.file.CaseOpening;
import org.pravaas.casework.file.OpenCase;
import org.pravaas.casework.file.Transitions;
import org.pravaas.organization.Access;
import org.pravaas.organization.BatchIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases for the programme tests, opened through the engine for demo people no case covers yet, and
 * put at the stage a test starts from (the stage is set directly: how a case got there is the
 * engine's business, not these tests').
 */
@Component
public class ProgrammeFixtures {
    private final CaseOpening opening;
    private final Transitions transitions;
    private final BatchIdentity identity;
    private final Access access;
    private final JdbcClient jdbc;

    ProgrammeFixtures(
            CaseOpening opening, Transitions transitions, BatchIdentity identity, Access access, JdbcClient jdbc) {
        this.opening = opening;
        this.transitions = transitions;
        this.identity = identity;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** A person's case of the programme in Beirut (the demo caseworker's office), as the administrator. */
    public synchronized CaseId open(String programme, String stage) {
        identity.actAs("admin");
        UUID office = access.officeByCode("LB-BEY").orElseThrow().value();
        UUID person = jdbc.sql(
                        """
                select id from registry.person p where status = 'ACTIVE'
                  and not exists (select 1 from casework.case_member m where m.person_id = p.id)
                order by id limit 1
                """)
                .query(UUID.class)
                .single();
        CaseId id = opening.open(new OpenCase(programme, office, person, null, null));
        stage(id, stage);
        return id;
    }

    /** A household's case of the programme, for a household of at least two current members. */
    public synchronized CaseId openHousehold(String programme, String stage) {
        identity.actAs("admin");
        UUID household = jdbc.sql(
                        """
                select h.household_id from registry.household_member h
                where h.left_on is null
                  and not exists (select 1 from casework.case_file c where c.household_id = h.household_id)
                  and not exists (select 1 from casework.case_member m where m.person_id = h.person_id)
                group by h.household_id having count(*) >= 2 order by h.household_id limit 1
                """)
                .query(UUID.class)
                .single();
        CaseId id = opening.open(new OpenCase(programme, null, null, household, null));
        stage(id, stage);
        return id;
    }

    public void stage(CaseId id, String stage) {
        jdbc.sql("update casework.case_file set stage = :s where id = :id")
                .param("s", stage)
                .param("id", id.value())
                .update();
    }

    public long version(CaseId id) {
        return jdbc.sql("select version from casework.case_file where id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
    }

    public String stageOf(CaseId id) {
        return jdbc.sql("select stage from casework.case_file where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    public int members(CaseId id) {
        return jdbc.sql("select count(*) from casework.case_member where case_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
    }

    /** Moves the case through the engine, giving the fields the move needs. */
    public Transitions.Outcome move(CaseId id, String to, Map<String, String> fields) {
        return transitions.move(id, version(id), to, fields);
    }

    /** The message keys of a refusal, to assert on. */
    public static List<String> keys(org.pravaas.shared.RuleViolation e) {
        return e.violations().stream()
                .map(org.pravaas.shared.RuleViolation.Violation::messageKey)
                .toList();
    }
}
