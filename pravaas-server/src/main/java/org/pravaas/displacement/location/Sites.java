package org.pravaas.displacement.location;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sites, by code or under a country. */
@Repository
public class Sites {
    private static final String COLUMNS =
            "id, code, name, local_name, type, area_id, latitude, longitude, managing_agency";
    private final JdbcClient jdbc;

    Sites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Site> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from displacement.site where code = :code")
                .param("code", code)
                .query(Site.class)
                .optional();
    }

    public Optional<Site> byId(int id) {
        return jdbc.sql("select " + COLUMNS + " from displacement.site where id = :id")
                .param("id", id)
                .query(Site.class)
                .optional();
    }

    public List<Site> within(List<Integer> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from displacement.site where area_id in (:areas) order by code")
                .param("areas", areaIds)
                .query(Site.class)
                .list();
    }

    /** Every site in a country, by code. */
    public List<Site> inCountry(int admin0Id) {
        return jdbc.sql(
                        """
                with recursive tree as (
                    select id from displacement.admin_area where id = :root
                    union all
                    select a.id from displacement.admin_area a join tree t on a.parent_id = t.id)
                select s.id, s.code, s.name, s.local_name, s.type, s.area_id, s.latitude, s.longitude, s.managing_agency
                from displacement.site s join tree on tree.id = s.area_id order by s.code
                """)
                .param("root", admin0Id)
                .query(Site.class)
                .list();
    }

    void upsert(Site site) {
        jdbc.sql(
                        """
                insert into displacement.site (code, name, local_name, type, area_id, latitude, longitude, managing_agency)
                values (:code, :name, :local, :type, :area, :lat, :lon, :agency)
                on conflict (code) do update set name = excluded.name, local_name = excluded.local_name,
                    type = excluded.type, area_id = excluded.area_id, latitude = excluded.latitude,
                    longitude = excluded.longitude, managing_agency = excluded.managing_agency
                """)
                .param("code", site.code())
                .param("name", site.name())
                .param("local", site.localName())
                .param("type", site.type().name())
                .param("area", site.areaId())
                .param("lat", site.latitude())
                .param("lon", site.longitude())
                .param("agency", site.managingAgency())
                .update();
    }
}
