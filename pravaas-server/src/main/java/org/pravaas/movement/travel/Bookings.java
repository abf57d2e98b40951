package org.pravaas.movement.travel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookings, with the overlap query that stops a person from being on two legs at once. */
@Repository
class Bookings {
    private final JdbcClient jdbc;

    Bookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Booking b, Instant now) {
        jdbc.sql(
                        """
                insert into movement.booking (id, request_id, person_id, leg_id, office_id, status, seat, fare,
                    currency, updated_at)
                values (:id, :r, :p, :l, :o, :s, :seat, :fare, :cur, :now)
                """)
                .param("id", b.id())
                .param("r", b.requestId())
                .param("p", b.personId())
                .param("l", b.legId())
                .param("o", b.officeId())
                .param("s", b.status().name())
                .param("seat", b.seat())
                .param("fare", b.fare())
                .param("cur", b.currency())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Active bookings of the person on another leg whose time overlaps [departs, arrives). */
    List<UUID> overlapping(UUID person, Instant departs, Instant arrives) {
        return jdbc.sql(
                        """
                select b.leg_id from movement.booking b join movement.leg l on l.id = b.leg_id
                where b.person_id = :p and b.status not in ('NO_SHOW', 'CANCELLED', 'ARRIVED')
                  and l.departs_at < :arrives and l.arrives_at > :departs
                """)
                .param("p", person)
                .param("departs", Timestamp.from(departs))
                .param("arrives", Timestamp.from(arrives))
                .query(UUID.class)
                .list();
    }

    void status(Collection<UUID> ids, Booking.Status to, @Nullable String reason, Instant now) {
        if (ids.isEmpty()) return;
        jdbc.sql(
                        """
                update movement.booking set status = :s, no_show_reason = coalesce(:reason, no_show_reason),
                    updated_at = :now where id in (:ids)
                """)
                .param("s", to.name())
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .param("ids", ids)
                .update();
    }

    Optional<Booking> find(UUID id) {
        return jdbc.sql("select * from movement.booking where id = :id for update")
                .param("id", id)
                .query(Bookings::booking)
                .optional();
    }

    List<Booking> ofLeg(UUID leg) {
        return jdbc.sql("select * from movement.booking where leg_id = :l order by seat nulls last, person_id")
                .param("l", leg)
                .query(Bookings::booking)
                .list();
    }

    /** The leg's bookings, locked until the transaction ends: confirming and boarding never race. */
    List<Booking> ofLegForUpdate(UUID leg) {
        return jdbc.sql(
                        "select * from movement.booking where leg_id = :l order by seat nulls last, person_id for update")
                .param("l", leg)
                .query(Bookings::booking)
                .list();
    }

    List<Booking> ofRequest(UUID request) {
        return jdbc.sql(
                        """
                select b.* from movement.booking b join movement.leg l on l.id = b.leg_id
                where b.request_id = :r order by l.departs_at, b.person_id
                """)
                .param("r", request)
                .query(Bookings::booking)
                .list();
    }

    List<Booking> confirmedOf(UUID person) {
        return jdbc.sql("select * from movement.booking where person_id = :p and status = 'CONFIRMED' for update")
                .param("p", person)
                .query(Bookings::booking)
                .list();
    }

    static Booking booking(ResultSet rs, int n) throws SQLException {
        return new Booking(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("leg_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                Booking.Status.valueOf(rs.getString("status")),
                rs.getString("seat"),
                rs.getBigDecimal("fare"),
                rs.getString("currency"),
                rs.getString("no_show_reason"));
    }
}
