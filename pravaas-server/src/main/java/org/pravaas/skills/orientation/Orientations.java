package org.pravaas.skills.orientation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orientation sessions and their attendance. */
@Repository
class Orientations {
    private static final String COLUMNS = "id, office_id, title, destination_country, held_on, place, capacity";
    private final JdbcClient jdbc;

    Orientations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrientationSession> inOffices(List<UUID> offices) {
        return jdbc.sql("select " + COLUMNS
                        + " from skills.orientation_session where office_id = any(:o) order by held_on desc")
                .param("o", offices.toArray(UUID[]::new))
                .query(OrientationSession.class)
                .list();
    }

    Optional<OrientationSession> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from skills.orientation_session where id = :id")
                .param("id", id)
                .query(OrientationSession.class)
                .optional();
    }

    void insert(OrientationSession s, String by) {
        jdbc.sql(
                        """
                insert into skills.orientation_session (id, office_id, title, destination_country, held_on, place,
                    capacity, created_by)
                values (:id, :office, :title, :dest, :on, :place, :capacity, :by)
                """)
                .param("id", s.id())
                .param("office", s.officeId())
                .param("title", s.title())
                .param("dest", s.destinationCountry())
                .param("on", s.heldOn())
                .param("place", s.place())
                .param("capacity", s.capacity())
                .param("by", by)
                .update();
    }

    List<Attendee> attendees(UUID session) {
        return jdbc.sql(
                        """
                select a.profile_id, p.person_id, p.headline, a.attended
                from skills.attendance a join skills.profile p on p.id = a.profile_id
                where a.session_id = :s order by p.headline
                """)
                .param("s", session)
                .query(Attendee.class)
                .list();
    }

    /** People placed to the country (accepted, in the offices) not yet registered for the session. */
    List<Attendee> eligible(OrientationSession s, List<UUID> offices) {
        return jdbc.sql(
                        """
                select distinct p.id as profile_id, p.person_id, p.headline, cast(null as boolean) as attended
                from skills.placement pl
                join skills.opening o on o.id = pl.opening_id
                join skills.profile p on p.id = pl.profile_id
                where o.country = :dest and pl.status = 'ACCEPTED' and pl.office_id = any(:offices)
                  and not exists (select 1 from skills.attendance a where a.session_id = :s and a.profile_id = p.id)
                order by p.headline limit 200
                """)
                .param("dest", s.destinationCountry())
                .param("offices", offices.toArray(UUID[]::new))
                .param("s", s.id())
                .query(Attendee.class)
                .list();
    }

    int count(UUID session) {
        return jdbc.sql("select count(*) from skills.attendance where session_id = :s")
                .param("s", session)
                .query(Integer.class)
                .single();
    }

    void register(UUID session, UUID profile) {
        jdbc.sql("insert into skills.attendance (session_id, profile_id) values (:s, :p) on conflict do nothing")
                .param("s", session)
                .param("p", profile)
                .update();
    }

    boolean mark(UUID session, UUID profile, boolean attended) {
        return jdbc.sql("update skills.attendance set attended = :a where session_id = :s and profile_id = :p")
                        .param("a", attended)
                        .param("s", session)
                        .param("p", profile)
                        .update()
                == 1;
    }
}
