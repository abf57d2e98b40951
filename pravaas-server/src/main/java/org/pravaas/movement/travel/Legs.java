package org.pravaas.movement.travel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Legs, and the airports whose zones their local times are read in. */
@Repository
public class Legs {
    private final JdbcClient jdbc;

    Legs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ZoneId> airportZone(String code) {
        return jdbc.sql("select zone from movement.airport where code = :c")
                .param("c", code)
                .query(String.class)
                .optional()
                .map(ZoneId::of);
    }

    void insert(Leg l, Instant now) {
        jdbc.sql(
                        """
                insert into movement.leg (id, office_id, mode, carrier, number, origin, destination,
                    departs_at, departs_zone, arrives_at, arrives_zone, created_at)
                values (:id, :office, :mode, :carrier, :number, :origin, :destination,
                    :departs, :dzone, :arrives, :azone, :now)
                """)
                .param("id", l.id())
                .param("office", l.officeId())
                .param("mode", l.mode().name())
                .param("carrier", l.carrier())
                .param("number", l.number())
                .param("origin", l.origin())
                .param("destination", l.destination())
                .param("departs", Timestamp.from(l.departsAt()))
                .param("dzone", l.departsZone().getId())
                .param("arrives", Timestamp.from(l.arrivesAt()))
                .param("azone", l.arrivesZone().getId())
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<Leg> find(UUID id) {
        return jdbc.sql("select * from movement.leg where id = :id")
                .param("id", id)
                .query(Legs::leg)
                .optional();
    }

    /** Legs departing in [from, to) from the offices, with their booked and confirmed counts. */
    List<BoardRow> board(List<UUID> offices, Instant from, Instant to) {
        return jdbc.sql(
                        """
                select l.*,
                    count(b.id) filter (where b.status not in ('CANCELLED', 'NO_SHOW')) as booked,
                    count(b.id) filter (where b.status in ('CONFIRMED', 'DEPARTED', 'ARRIVED')) as confirmed
                from movement.leg l left join movement.booking b on b.leg_id = l.id
                where l.departs_at >= :from and l.departs_at < :to and l.office_id in (:offices)
                group by l.id order by l.departs_at, l.id
                """)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("offices", offices)
                .query((rs, n) -> new BoardRow(leg(rs, n), rs.getInt("booked"), rs.getInt("confirmed")))
                .list();
    }

    /** A departures-board line. */
    public record BoardRow(Leg leg, int booked, int confirmed) {}

    static Leg leg(ResultSet rs, int n) throws SQLException {
        return new Leg(
                rs.getObject("id", UUID.class),
                rs.getObject("office_id", UUID.class),
                Leg.Mode.valueOf(rs.getString("mode")),
                rs.getString("carrier"),
                rs.getString("number"),
                rs.getString("origin"),
                rs.getString("destination"),
                rs.getTimestamp("departs_at").toInstant(),
                ZoneId.of(rs.getString("departs_zone")),
                rs.getTimestamp("arrives_at").toInstant(),
                ZoneId.of(rs.getString("arrives_zone")));
    }
}
