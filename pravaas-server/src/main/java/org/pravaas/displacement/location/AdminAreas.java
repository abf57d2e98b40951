package org.pravaas.displacement.location;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The admin areas and their simplified boundaries. */
@Repository
public class AdminAreas {
    private static final String COLUMNS = "id, pcode, level, parent_id, admin1_id, name, local_name";
    private final JdbcClient jdbc;

    AdminAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AdminArea> byPcode(String pcode) {
        return jdbc.sql("select " + COLUMNS + " from displacement.admin_area where pcode = :p")
                .param("p", pcode)
                .query(AdminArea.class)
                .optional();
    }

    public Optional<AdminArea> byId(int id) {
        return jdbc.sql("select " + COLUMNS + " from displacement.admin_area where id = :id")
                .param("id", id)
                .query(AdminArea.class)
                .optional();
    }

    /** Every area under a country (and the country), shallowest first. */
    public List<AdminArea> within(int admin0Id) {
        return jdbc.sql(
                        """
                with recursive tree as (
                    select * from displacement.admin_area where id = :root
                    union all
                    select a.* from displacement.admin_area a join tree t on a.parent_id = t.id)
                select id, pcode, level, parent_id, admin1_id, name, local_name from tree order by level, pcode
                """)
                .param("root", admin0Id)
                .query(AdminArea.class)
                .list();
    }

    /** Inserts or renames an area; its parent must already be there. */
    int upsert(
            String pcode,
            int level,
            @Nullable Integer parentId,
            String name,
            @Nullable String localName,
            String geometry) {
        return jdbc.sql(
                        """
                insert into displacement.admin_area (pcode, level, parent_id, name, local_name, geometry)
                values (:pcode, :level, :parent, :name, :local, cast(:geometry as jsonb))
                on conflict (pcode) do update set name = excluded.name, local_name = excluded.local_name,
                    parent_id = excluded.parent_id, geometry = excluded.geometry
                returning id
                """)
                .param("pcode", pcode)
                .param("level", level)
                .param("parent", parentId)
                .param("name", name)
                .param("local", localName)
                .param("geometry", geometry)
                .query(Integer.class)
                .single();
    }

    /** Fills admin1_id from the tree, after a load. */
    void linkAdmin1() {
        jdbc.sql(
                        """
                with recursive up as (
                    select id, id as node, level from displacement.admin_area
                    union all
                    select up.id, a.parent_id, p.level from up
                    join displacement.admin_area a on a.id = up.node
                    join displacement.admin_area p on p.id = a.parent_id)
                update displacement.admin_area t set admin1_id = up.node
                from up where up.id = t.id and up.level = 1
                """)
                .update();
    }

    public Optional<String> geometry(int id) {
        return jdbc.sql("select geometry::text from displacement.admin_area where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /**
     * The areas of one level under a country as a GeoJSON FeatureCollection, built by the
     * database from the stored geometries.
     */
    public String featureCollection(int admin0Id, int level) {
        return jdbc.sql(
                        """
                with recursive tree as (
                    select id, level, pcode, name, local_name, geometry from displacement.admin_area where id = :root
                    union all
                    select a.id, a.level, a.pcode, a.name, a.local_name, a.geometry
                    from displacement.admin_area a join tree t on a.parent_id = t.id where a.level <= :level)
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                    'type', 'Feature', 'geometry', geometry,
                    'properties', json_build_object('id', id, 'pcode', pcode, 'name', name, 'localName', local_name))), '[]'))::text
                from tree where level = :level and geometry is not null
                """)
                .param("root", admin0Id)
                .param("level", level)
                .query(String.class)
                .single();
    }
}
