package org.pravaas.voting.election;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stations and the officials designated at them. */
@Repository
public class Stations {
    private static final String COLUMNS = "id, election_id, code, name, host_country, city, office_id";
    private final JdbcClient jdbc;

    Stations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Station> of(UUID election) {
        return jdbc.sql("select " + COLUMNS + " from voting.station where election_id = :e order by host_country, code")
                .param("e", election)
                .query(Station.class)
                .list();
    }

    public Optional<Station> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voting.station where id = :id")
                .param("id", id)
                .query(Station.class)
                .optional();
    }

    public Optional<Station> byCode(UUID election, String code) {
        return jdbc.sql("select " + COLUMNS + " from voting.station where election_id = :e and code = :c")
                .param("e", election)
                .param("c", code)
                .query(Station.class)
                .optional();
    }

    void insert(Station s) {
        jdbc.sql(
                        """
                insert into voting.station (id, election_id, code, name, host_country, city, office_id)
                values (:id, :e, :code, :name, :country, :city, :office)
                """)
                .param("id", s.id())
                .param("e", s.electionId())
                .param("code", s.code())
                .param("name", s.name())
                .param("country", s.hostCountry())
                .param("city", s.city())
                .param("office", s.officeId())
                .update();
    }

    public List<StaffMember> staff(UUID election) {
        return jdbc.sql(
                        """
                select id, election_id, station_id, username, designation from voting.staff
                where election_id = :e order by station_id nulls first, designation, username
                """)
                .param("e", election)
                .query(StaffMember.class)
                .list();
    }

    /** Whether the user holds one of the designations at the station or for the whole election. */
    boolean designated(UUID election, @Nullable UUID station, String username, List<Designation> designations) {
        return jdbc.sql(
                        """
                select exists (select 1 from voting.staff where election_id = :e and username = :u
                    and (station_id is null or station_id = cast(:s as uuid)) and designation = any(:d))
                """)
                .param("e", election)
                .param("s", station)
                .param("u", username)
                .param("d", designations.stream().map(Enum::name).toArray(String[]::new))
                .query(Boolean.class)
                .single();
    }

    /** Adds the designation unless the official already holds it there; whether it was added. */
    boolean designate(StaffMember m) {
        return jdbc.sql(
                                """
                insert into voting.staff (id, election_id, station_id, username, designation)
                values (:id, :e, :s, :u, :d) on conflict do nothing
                """)
                        .param("id", m.id())
                        .param("e", m.electionId())
                        .param("s", m.stationId())
                        .param("u", m.username())
                        .param("d", m.designation().name())
                        .update()
                > 0;
    }
}
