package org.pravaas.casework.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.emergency.EmergencyService;
import org.pravaas.casework.programme.resettlement.ResettlementService;
import org.pravaas.organization.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The benchmark's workload (see {@code pravaas bench programmes}): emergency sites with stock and
 * distributions, and resettlement submissions, written set-based straight into the tables; then
 * the reports and a distribution through the services, as the pages use them. Not for production.
 */
@Service("programmeWorkload")
public class ProgrammeWorkload {
    private static final String[] ITEMS = {
        "shelter_kit", "tarpaulin", "blanket", "jerrycan", "hygiene_kit", "kitchen_set", "mosquito_net", "solar_lamp"
    };
    private static final String[] COUNTRIES = {
        "CA", "AU", "NZ", "SE", "NO", "FI", "DK", "GB", "IE", "FR", "DE", "NL", "BE", "ES", "PT", "IT", "US", "BR",
        "AR", "UY"
    };
    private final JdbcClient jdbc;
    private final Access access;
    private final EmergencyService emergency;
    private final ResettlementService resettlement;

    ProgrammeWorkload(JdbcClient jdbc, Access access, EmergencyService emergency, ResettlementService resettlement) {
        this.jdbc = jdbc;
        this.access = access;
        this.emergency = emergency;
        this.resettlement = resettlement;
    }

    /** Sites with every item in stock, open emergency cases and their distributions, in the user's office. */
    public void fillEmergency(int sites, int cases, int distributions) {
        UUID office = access.current().officeId().value();
        jdbc.sql("insert into casework.emergency_site (id, office_id, name) select gen_random_uuid(), :o,"
                        + " 'Bench site ' || g from generate_series(1, :n) g")
                .param("o", office)
                .param("n", sites)
                .update();
        jdbc.sql(
                        """
                insert into casework.emergency_stock (id, site_id, item_code, quantity, issued_on, reference, issued_by)
                select gen_random_uuid(), s.id, i.code, 1000000, current_date - 30, 'WB-BENCH', 'bench'
                from casework.emergency_site s cross join casework.emergency_item i where s.name like 'Bench site %'
                """)
                .update();
        cases("emergency", "EMR-BENCH-", "assistance", cases, office);
        jdbc.sql(
                        """
                with c as (select id, person_id, row_number() over (order by id) - 1 as n
                           from casework.case_file where reference like 'EMR-BENCH-%'),
                     s as (select id, row_number() over (order by id) - 1 as n
                           from casework.emergency_site where name like 'Bench site %')
                insert into casework.emergency_distribution (id, case_id, site_id, person_id, item_code, quantity,
                    distributed_on, recorded_by)
                select gen_random_uuid(), c.id, s.id, c.person_id, (string_to_array(:items, ','))[1 + g % 8], 1 + g % 3,
                    current_date - (g % 28), 'bench'
                from generate_series(0, :d - 1) g
                join c on c.n = g % :cases join s on s.n = g % :sites
                """)
                .param("items", String.join(",", ITEMS))
                .param("d", distributions)
                .param("cases", cases)
                .param("sites", sites)
                .update();
        // As autovacuum would have by then: statistics and the visibility map for index-only scans.
        jdbc.sql("vacuum analyze casework.emergency_distribution").update();
    }

    /** Resettlement cases submitted to twenty countries this year, a third accepted, with quotas that fit them. */
    public void fillResettlement(int submissions) {
        UUID office = access.current().officeId().value();
        cases("resettlement", "RST-BENCH-", "decision", submissions, office);
        jdbc.sql(
                        """
                insert into casework.resettlement_submission (case_id, country, submitted_on, persons, decision, decided_on)
                select c.id, (string_to_array(:countries, ','))[1 + n % 20], current_date - (n % 60)::int, 1 + n % 5,
                    case when n % 3 = 0 then 'ACCEPTED' end, case when n % 3 = 0 then current_date end
                from (select id, row_number() over (order by id) as n from casework.case_file
                      where reference like 'RST-BENCH-%') c
                """)
                .param("countries", String.join(",", COUNTRIES))
                .update();
        int year = LocalDate.now().getYear();
        for (String country : COUNTRIES) {
            jdbc.sql("insert into casework.resettlement_quota (country, year, quota) values (:c, :y, :q)"
                            + " on conflict (country, year) do update set quota = :q")
                    .param("c", country)
                    .param("y", year)
                    .param("q", submissions)
                    .update();
        }
        jdbc.sql("vacuum analyze casework.resettlement_submission").update();
    }

    private void cases(String programme, String prefix, String stage, int n, UUID office) {
        jdbc.sql(
                        """
                insert into casework.case_file (id, reference, programme, definition_version, office_id, person_id,
                    stage, stage_entered_at, status, opened_at, version)
                select gen_random_uuid(), :prefix || g, :p,
                    (select max(version) from casework.definition where programme = :p), :o, gen_random_uuid(),
                    :stage, now(), 'OPEN', now(), 0
                from generate_series(1, :n) g
                """)
                .param("prefix", prefix)
                .param("p", programme)
                .param("o", office)
                .param("stage", stage)
                .param("n", n)
                .update();
    }

    /** The stock report of every site in scope; its number of lines. */
    public int stockReport() {
        return emergency.report(null).size();
    }

    /** The stock report of one bench site. */
    public int siteReport(UUID site) {
        return emergency.report(site).size();
    }

    public UUID anySite() {
        return jdbc.sql("select id from casework.emergency_site where name = 'Bench site 1'")
                .query(UUID.class)
                .single();
    }

    /** One distribution to a random bench case from a random bench site, through the service. */
    public int distribute(List<UUID> cases, List<UUID> sites) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        emergency.distribute(
                new CaseId(cases.get(r.nextInt(cases.size()))),
                sites.get(r.nextInt(sites.size())),
                ITEMS[r.nextInt(ITEMS.length)],
                1,
                LocalDate.now());
        return 1;
    }

    public List<UUID> benchCases(int limit) {
        return jdbc.sql("select id from casework.case_file where reference like 'EMR-BENCH-%' limit :n")
                .param("n", limit)
                .query(UUID.class)
                .list();
    }

    public List<UUID> benchSites() {
        return jdbc.sql("select id from casework.emergency_site where name like 'Bench site %'")
                .query(UUID.class)
                .list();
    }

    /** The year's quota table. */
    public int quotaTable() {
        return resettlement.quotas(LocalDate.now().getYear()).size();
    }
}
