package org.pravaas.casework.programme.emergency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stock issued to sites and distributions from them. */
@Repository
class Stock {
    /** Issued and distributed per site and item, each summed only over the sites asked for. */
    private static final String REPORT =
            """
            with sites as (
                select id, name from casework.emergency_site
                where office_id in (:o) and (cast(:site as uuid) is null or id = :site)),
            issued as (
                select t.site_id, t.item_code, sum(t.quantity) as q from casework.emergency_stock t
                join sites on sites.id = t.site_id group by t.site_id, t.item_code),
            given as (
                select d.site_id, d.item_code, sum(d.quantity) as q from casework.emergency_distribution d
                join sites on sites.id = d.site_id group by d.site_id, d.item_code)
            select s.id, s.name, i.code, i.unit, coalesce(issued.q, 0) as issued, coalesce(given.q, 0) as distributed
            from issued
            full join given using (site_id, item_code)
            join sites s on s.id = coalesce(issued.site_id, given.site_id)
            join casework.emergency_item i on i.code = coalesce(issued.item_code, given.item_code)
            order by s.name, i.code
            """;

    private final JdbcClient jdbc;

    Stock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void issue(UUID id, UUID site, String item, int quantity, LocalDate on, String reference, String by) {
        jdbc.sql(
                        """
                insert into casework.emergency_stock (id, site_id, item_code, quantity, issued_on, reference, issued_by)
                values (:id, :s, :i, :q, :on, :r, :by)
                """)
                .param("id", id)
                .param("s", site)
                .param("i", item)
                .param("q", quantity)
                .param("on", on)
                .param("r", reference)
                .param("by", by)
                .update();
    }

    long remaining(UUID site, String item) {
        return jdbc.sql(
                        """
                select coalesce((select sum(quantity) from casework.emergency_stock where site_id = :s and item_code = :i), 0)
                     - coalesce((select sum(quantity) from casework.emergency_distribution where site_id = :s and item_code = :i), 0)
                """)
                .param("s", site)
                .param("i", item)
                .query(Long.class)
                .single();
    }

    /** Whether the person is one of those the case covers. */
    boolean covers(UUID caseId, UUID person) {
        return jdbc.sql("select exists (select 1 from casework.case_member where case_id = :c and person_id = :p)")
                .param("c", caseId)
                .param("p", person)
                .query(Boolean.class)
                .single();
    }

    /** The people the case covers, in the order they were added. */
    List<UUID> members(UUID caseId) {
        return jdbc.sql("select person_id from casework.case_member where case_id = :c order by adult desc, person_id")
                .param("c", caseId)
                .query(UUID.class)
                .list();
    }

    void distribute(Distribution d, String by) {
        jdbc.sql(
                        """
                insert into casework.emergency_distribution (id, case_id, site_id, person_id, household_id, item_code,
                    quantity, distributed_on, recorded_by)
                values (:id, :c, :s, :p, :h, :i, :q, :on, :by)
                """)
                .param("id", d.id())
                .param("c", d.caseId())
                .param("s", d.siteId())
                .param("p", d.personId())
                .param("h", d.householdId())
                .param("i", d.itemCode())
                .param("q", d.quantity())
                .param("on", d.distributedOn())
                .param("by", by)
                .update();
    }

    /** What the case's beneficiary received, newest first. */
    List<Distribution> ofCase(UUID caseId) {
        return jdbc.sql(
                        """
                select d.*, s.name as site_name from casework.emergency_distribution d
                join casework.emergency_site s on s.id = d.site_id
                where d.case_id = :c order by d.distributed_on desc, d.id desc
                """)
                .param("c", caseId)
                .query((rs, n) -> new Distribution(
                        rs.getObject("id", UUID.class),
                        caseId,
                        rs.getObject("site_id", UUID.class),
                        rs.getString("site_name"),
                        rs.getObject("person_id", UUID.class),
                        rs.getObject("household_id", UUID.class),
                        rs.getString("item_code"),
                        rs.getInt("quantity"),
                        rs.getDate("distributed_on").toLocalDate()))
                .list();
    }

    /** Issued, distributed and remaining per site and item, for the sites of the offices (all when {@code site} is null). */
    List<StockLine> report(List<UUID> offices, @Nullable UUID site) {
        if (offices.isEmpty()) return List.of();
        return jdbc.sql(REPORT)
                .param("o", offices)
                .param("site", site)
                .query((rs, n) -> new StockLine(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("code"),
                        rs.getString("unit"),
                        rs.getLong("issued"),
                        rs.getLong("distributed")))
                .list();
    }
}
