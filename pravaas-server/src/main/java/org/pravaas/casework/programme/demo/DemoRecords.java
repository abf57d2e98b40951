package org.pravaas.casework.programme.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The programme rows of the demo, written directly (each once: replays change nothing). */
@Component
class DemoRecords {
    private static final String[] COUNTRIES = {"CA", "AU", "SE", "GB"};
    private final JdbcClient jdbc;
    private int next;

    DemoRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void quotas(int year) {
        for (var q : List.of(List.of("CA", 120), List.of("AU", 60), List.of("SE", 25), List.of("GB", 40))) {
            jdbc.sql("insert into casework.resettlement_quota (country, year, quota) values (:c, :y, :q)"
                            + " on conflict do nothing")
                    .param("c", q.get(0))
                    .param("y", year)
                    .param("q", q.get(1))
                    .update();
        }
    }

    /** Submitted two months ago, to the next of the quota countries; a place per person the case covers. */
    void submission(UUID caseId) {
        jdbc.sql(
                        """
                insert into casework.resettlement_submission (case_id, country, submitted_on, persons)
                select :id, :country, :on, greatest(1, (select count(*) from casework.case_member where case_id = :id))
                on conflict do nothing
                """)
                .param("id", caseId)
                .param("country", COUNTRIES[next++ % COUNTRIES.length])
                .param("on", LocalDate.now().minusDays(60))
                .update();
    }

    void accepted(UUID caseId) {
        jdbc.sql(
                        """
                update casework.resettlement_submission set decision = 'ACCEPTED', decided_on = :on
                where case_id = :id and decision is null
                """)
                .param("id", caseId)
                .param("on", LocalDate.now().minusDays(20))
                .update();
    }

    void identification(UUID caseId) {
        LocalDate today = LocalDate.now();
        jdbc.sql(
                        """
                insert into casework.protection_identification (case_id, exploitation, control_means,
                    recruiter_relationship, recruitment_means, origin_country, transit_countries,
                    exploitation_country, recruited_on, exploitation_started_on, exited_on, identified_on,
                    identified_by)
                values (:id, '{FORCED_LABOUR,DOMESTIC_SERVITUDE}', '{WITHHELD_DOCUMENTS,DEBT_BONDAGE,ISOLATION}',
                    'AGENCY', '{JOB_OFFER}', 'ET', '{SD}', 'LB', :recruited, :started, :exited, :identified,
                    'Beirut outreach team')
                on conflict do nothing
                """)
                .param("id", caseId)
                .param("recruited", today.minusYears(2))
                .param("started", today.minusYears(2).plusMonths(2))
                .param("exited", today.minusMonths(2))
                .param("identified", today.minusMonths(1))
                .update();
    }

    void risk(UUID caseId) {
        jdbc.sql(
                        """
                insert into casework.protection_risk (id, case_id, assessed_on, safety, retrafficking, retaliation,
                    health, overall, review_on, assessed_by)
                select gen_random_uuid(), :id, :on, 'MEDIUM', 'HIGH', 'MEDIUM', 'LOW', 'HIGH', :review, 'caseworker'
                where not exists (select 1 from casework.protection_risk where case_id = :id)
                """)
                .param("id", caseId)
                .param("on", LocalDate.now().minusDays(25))
                .param("review", LocalDate.now().plusDays(5))
                .update();
    }

    /**
     * Dates the submissions and decisions by the stage history, once the engine's loader has
     * spread each case's stays over the past weeks: submitted the day the case left submission,
     * decided the day it left decision.
     */
    void alignDates() {
        jdbc.sql(
                        """
                update casework.resettlement_submission s set
                    submitted_on = coalesce((select max(left_at)::date from casework.stage_history h
                        where h.case_id = s.case_id and h.stage = 'submission'), submitted_on),
                    decided_on = case when decision is null then null else coalesce((select max(left_at)::date
                        from casework.stage_history h where h.case_id = s.case_id and h.stage = 'decision'),
                        (select max(entered_at)::date from casework.stage_history h
                        where h.case_id = s.case_id and h.stage = 'decision')) end
                """)
                .update();
    }

    void shelter(UUID caseId) {
        jdbc.sql(
                        """
                insert into casework.protection_service (id, case_id, service, provider, referred_on, status)
                select gen_random_uuid(), :id, 'SHELTER', 'Safe House Beirut', :on, 'IN_PROGRESS'
                where not exists (select 1 from casework.protection_service where case_id = :id)
                """)
                .param("id", caseId)
                .param("on", LocalDate.now().minusDays(20))
                .update();
    }
}
