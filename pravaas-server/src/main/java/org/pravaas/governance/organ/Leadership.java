package org.pravaas.governance.organ;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance.executive_head and governance.organisation_name tables: who led it, and its names. */
@Repository
public class Leadership {
    private final JdbcClient jdbc;

    Leadership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ExecutiveHead> heads() {
        return jdbc.sql(
                        """
                select id, post, name, lower(term) as from_day, upper(term) - 1 as to_day
                  from governance.executive_head order by post desc, lower(term)""")
                .query((rs, row) -> new ExecutiveHead(
                        rs.getObject("id", UUID.class),
                        rs.getString("post"),
                        rs.getString("name"),
                        rs.getDate("from_day").toLocalDate(),
                        day(rs.getDate("to_day"))))
                .list();
    }

    public List<ExecutiveHead> headsOn(LocalDate day) {
        return heads().stream()
                .filter(h -> !day.isBefore(h.from()) && (h.to() == null || !day.isAfter(h.to())))
                .toList();
    }

    public List<OrganisationName> names() {
        return jdbc.sql(
                        """
                select name, acronym, lower(valid) as from_day, upper(valid) as until_day
                  from governance.organisation_name order by lower(valid)""")
                .query((rs, row) -> new OrganisationName(
                        rs.getString("name"),
                        rs.getString("acronym"),
                        rs.getDate("from_day").toLocalDate(),
                        day(rs.getDate("until_day"))))
                .list();
    }

    public Optional<OrganisationName> nameOn(LocalDate day) {
        return names().stream()
                .filter(n -> !day.isBefore(n.from()) && (n.until() == null || day.isBefore(n.until())))
                .findFirst();
    }

    public void insertHead(UUID id, String post, String name, LocalDate from, @Nullable LocalDate to) {
        jdbc.sql(
                        """
                insert into governance.executive_head (id, post, name, term)
                values (:id, :post, :name, daterange(:from, :to, '[]'))""")
                .param("id", id)
                .param("post", post)
                .param("name", name)
                .param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to))
                .update();
    }

    public void insertName(UUID id, String name, String acronym, LocalDate from, @Nullable LocalDate until) {
        jdbc.sql(
                        """
                insert into governance.organisation_name (id, name, acronym, valid)
                values (:id, :name, :acronym, daterange(:from, :until))""")
                .param("id", id)
                .param("name", name)
                .param("acronym", acronym)
                .param("from", Date.valueOf(from))
                .param("until", until == null ? null : Date.valueOf(until))
                .update();
    }

    /** Ends the name in use with no end yet: {@code until} is the first day it is no longer used. */
    public void closeOpenName(LocalDate until) {
        jdbc.sql(
                        """
                update governance.organisation_name set valid = daterange(lower(valid), :until)
                 where upper_inf(valid)""")
                .param("until", Date.valueOf(until))
                .update();
    }

    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
