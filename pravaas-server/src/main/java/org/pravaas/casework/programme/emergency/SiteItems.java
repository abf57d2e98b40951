package org.pravaas.casework.programme.emergency;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SiteItems and the item list. */
@Repository
class SiteItems {
    private final JdbcClient jdbc;

    SiteItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Site> of(List<UUID> offices) {
        if (offices.isEmpty()) return List.of();
        return jdbc.sql("select * from casework.emergency_site where office_id in (:o) order by name")
                .param("o", offices)
                .query((rs, n) -> site(rs))
                .list();
    }

    Optional<Site> find(UUID id) {
        return jdbc.sql("select * from casework.emergency_site where id = :id")
                .param("id", id)
                .query((rs, n) -> site(rs))
                .optional();
    }

    /** Locks the site, so that two distributions from it cannot both take its last stock. */
    void lock(UUID id) {
        jdbc.sql("select id from casework.emergency_site where id = :id for update")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    boolean nameTaken(UUID office, String name) {
        return jdbc.sql("select count(*) from casework.emergency_site where office_id = :o and lower(name) = lower(:n)")
                        .param("o", office)
                        .param("n", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(Site s) {
        jdbc.sql(
                        """
                insert into casework.emergency_site (id, office_id, name, location, admin_area)
                values (:id, :o, :n, :l, :a)
                """)
                .param("id", s.id())
                .param("o", s.officeId())
                .param("n", s.name())
                .param("l", s.location())
                .param("a", s.adminArea())
                .update();
    }

    List<Item> items() {
        return jdbc.sql("select * from casework.emergency_item order by active desc, code")
                .query((rs, n) -> new Item(
                        rs.getString("code"), rs.getString("name"), rs.getString("unit"), rs.getBoolean("active")))
                .list();
    }

    Optional<Item> item(String code) {
        return items().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    void saveItem(Item i) {
        jdbc.sql(
                        """
                insert into casework.emergency_item (code, name, unit, active) values (:c, :n, :u, :a)
                on conflict (code) do update set name = :n, unit = :u, active = :a
                """)
                .param("c", i.code())
                .param("n", i.name())
                .param("u", i.unit())
                .param("a", i.active())
                .update();
    }

    private static Site site(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Site(
                rs.getObject("id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getString("name"),
                rs.getString("location"),
                rs.getString("admin_area"));
    }
}
