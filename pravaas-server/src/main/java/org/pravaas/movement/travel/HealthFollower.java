package org.pravaas.movement.travel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.health.FitToTravelIssued;
import org.pravaas.health.HealthHoldLifted;
import org.pravaas.health.HealthHoldPlaced;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows health's holds and fit-to-travel decisions. A hold is stored and un-confirms the person's
 * confirmed bookings at once, so a manifest never shows them as cleared; the decision's issue time
 * is kept because the programme's window (e.g. 72 h before departure) is movement's rule.
 * Listeners are idempotent: a replayed event changes nothing.
 */
@Component
class HealthFollower {
    private final JdbcClient jdbc;
    private final Bookings bookings;

    HealthFollower(JdbcClient jdbc, Bookings bookings) {
        this.jdbc = jdbc;
        this.bookings = bookings;
    }

    @ApplicationModuleListener
    void on(HealthHoldPlaced e) {
        jdbc.sql(
                        """
                insert into movement.health_hold (hold_id, person_id, placed_at) values (:h, :p, :at)
                on conflict (hold_id) do nothing
                """)
                .param("h", e.hold().value())
                .param("p", e.person().value())
                .param("at", Timestamp.from(e.placedAt()))
                .update();
        var confirmed = bookings.confirmedOf(e.person().value());
        bookings.status(confirmed.stream().map(Booking::id).toList(), Booking.Status.TICKETED, null, Instant.now());
    }

    @ApplicationModuleListener
    void on(HealthHoldLifted e) {
        jdbc.sql("update movement.health_hold set lifted_at = :at where hold_id = :h and lifted_at is null")
                .param("h", e.hold().value())
                .param("at", Timestamp.from(e.liftedAt()))
                .update();
    }

    @ApplicationModuleListener
    void on(FitToTravelIssued e) {
        jdbc.sql(
                        """
                insert into movement.fitness (person_id, decision_id, fitness, issued_at, valid_until)
                values (:p, :d, :f, :at, :until)
                on conflict (person_id) do update set decision_id = excluded.decision_id, fitness = excluded.fitness,
                    issued_at = excluded.issued_at, valid_until = excluded.valid_until
                where movement.fitness.issued_at <= excluded.issued_at
                """)
                .param("p", e.person().value())
                .param("d", e.decisionId())
                .param("f", e.fitness().name())
                .param("at", Timestamp.from(e.issuedAt()))
                .param("until", e.validUntil() == null ? null : Timestamp.from(e.validUntil()))
                .update();
    }

    boolean onHold(UUID person) {
        return jdbc.sql("select exists (select 1 from movement.health_hold where person_id = :p and lifted_at is null)")
                .param("p", person)
                .query(Boolean.class)
                .single();
    }

    /** When the decision in force was issued, if movement heard of one. */
    Optional<Instant> fitIssuedAt(UUID person) {
        return jdbc.sql("select issued_at from movement.fitness where person_id = :p and fitness <> 'NOT_FIT'")
                .param("p", person)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }
}
