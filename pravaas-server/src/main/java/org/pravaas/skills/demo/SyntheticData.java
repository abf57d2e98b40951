package org.pravaas.skills.demo;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generated profiles and openings for the benchmark, made inside PostgreSQL (one statement per
 * table, seeded): 1 or 2 unit groups of a major group, 3 to 8 of 400 skills, 1 to 3 languages,
 * 20 countries. Skills cluster by occupation so rankings have real leaders, as in life.
 */
@Component
public class SyntheticData {
    private final JdbcClient jdbc;

    SyntheticData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void profiles(int count, UUID office, double seed) {
        jdbc.sql("select setseed(:s)").param("s", seed).query().singleRow();
        jdbc.sql(
                        """
                with units as (select array_agg(code order by code) a from skills.occupation where level = 4),
                countries as (select array['SY','LB','JO','IQ','IN','BD','NP','PH','CO','VE','UA','MA','TN','EG',
                                           'SN','NG','KE','ET','PK','LK'] c),
                rows as (
                    select g, u.a[1 + floor(random() * cardinality(u.a))::int] as unit, c.c as countries
                    from generate_series(1, :count) g, units u, countries c)
                insert into skills.profile (id, person_id, office_id, kind, headline, occupations, skills,
                    experience_years, residence_country, origin_country, availability, available_from,
                    consent_contact, consent_at, created_by, updated_by)
                select gen_random_uuid(), gen_random_uuid(), :office,
                    case when g % 2 = 0 then 'EXPERT' else 'WORKER' end,
                    'Synthetic profile ' || g,
                    case when g % 3 = 0 then array[unit, left(unit, 3) || ((g % 9) + 1)::text]::varchar(4)[]
                         else array[unit]::varchar(4)[] end,
                    array(select distinct 'skill-' || (((ascii(unit) * 7 + substr(unit, 2, 2)::int * 3
                                 + floor(random() * 12 + g * 0)::int) % 400))
                          from generate_series(1, 3 + g % 6)),
                    (g * 7) % 35,
                    countries[1 + (g * 13) % 20], countries[1 + (g * 7) % 20],
                    case g % 4 when 0 then array['SHORT_ASSIGNMENT'] when 1 then array['LONG_TERM']
                        when 2 then array['VIRTUAL'] else array['SHORT_ASSIGNMENT', 'VIRTUAL'] end,
                    null, true, now(), 'bench', 'bench'
                from rows
                """)
                .param("count", count)
                .param("office", office)
                .update();
        jdbc.sql(
                        """
                insert into skills.profile_language (profile_id, language, level)
                select p.id, l.code, 1 + (abs(hashtext(p.id::text || l.code)) % 7)
                from skills.profile p
                cross join lateral (select unnest(array['en','fr','ar','es','hi','ru']) as code) l
                where p.created_by = 'bench' and abs(hashtext(p.id::text || l.code)) % 3 = 0
                on conflict do nothing
                """)
                .update();
        jdbc.sql("update skills.pool_state set generation = generation + 1").update();
    }

    @Transactional
    public void openings(int count, UUID office) {
        jdbc.sql(
                        """
                with units as (select array_agg(code order by code) a from skills.occupation where level = 4)
                insert into skills.opening (id, reference, kind, office_id, title, organisation, organisation_type,
                    country, source_country, occupation, skills, availability, places, starts_on, ends_on,
                    conditions, created_by)
                select gen_random_uuid(), 'BENCH-' || g, case when g % 2 = 0 then 'ASSIGNMENT' else 'VACANCY' end,
                    :office, 'Synthetic opening ' || g, 'Bench employer', 'EMPLOYER',
                    (array['SY','LB','JO','IQ','DE','AE','QA','CA'])[1 + g % 8],
                    case when g % 4 = 1 then (array['IN','BD','NP','PH'])[1 + g % 4] end,
                    unit,
                    array(select distinct 'skill-' || ((ascii(unit) * 7 + substr(unit, 2, 2)::int * 3 + k * 2) % 400)
                          from generate_series(1, 2 + g % 4) k),
                    (array['SHORT_ASSIGNMENT','LONG_TERM','VIRTUAL'])[1 + g % 3], 1 + g % 5,
                    current_date + 30, current_date + 30 + 90 + g % 300, '', 'bench'
                from generate_series(1, :count) g, units u,
                    lateral (select u.a[1 + (g * 37) % cardinality(u.a)] as unit) x
                """)
                .param("count", count)
                .param("office", office)
                .update();
        jdbc.sql(
                        """
                insert into skills.opening_language (opening_id, language, level)
                select o.id, (array['en','fr','ar'])[1 + abs(hashtext(o.id::text)) % 3], 3 + abs(hashtext(o.reference)) % 3
                from skills.opening o where o.created_by = 'bench'
                """)
                .update();
    }
}
