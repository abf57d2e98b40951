package org.pravaas.skills.placement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Placements, their payments and host reports. */
@Repository
public class Placements {
    private static final String COLUMNS =
            """
            id, opening_id, profile_id, person_id, office_id, status, starts_on, ends_on, score, offered_at,
            offered_by, decided_at, travel_requested_at, outcome, rating, evaluation, stays, version
            """;
    private final JdbcClient jdbc;

    Placements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Placement> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from skills.placement where id = :id")
                .param("id", id)
                .query(Placement.class)
                .optional();
    }

    public List<Placement> ofPerson(UUID person) {
        return jdbc.sql("select " + COLUMNS + " from skills.placement where person_id = :p order by starts_on desc")
                .param("p", person)
                .query(Placement.class)
                .list();
    }

    public List<Placement> ofOpening(UUID opening) {
        return jdbc.sql("select " + COLUMNS + " from skills.placement where opening_id = :o order by offered_at")
                .param("o", opening)
                .query(Placement.class)
                .list();
    }

    /** Placed people (accepted or finished) going to a country, for orientation sessions. */
    public List<Placement> placedTo(List<UUID> openings) {
        return jdbc.sql("select " + COLUMNS
                        + " from skills.placement where opening_id = any(:o)"
                        + " and status in ('ACCEPTED', 'COMPLETED', 'ENDED_EARLY') order by starts_on")
                .param("o", openings.toArray(UUID[]::new))
                .query(Placement.class)
                .list();
    }

    /** Of these people, those with a placement holding their time between the dates. */
    public java.util.Set<UUID> busy(
            java.util.Collection<UUID> persons, java.time.LocalDate from, java.time.LocalDate to) {
        return new java.util.HashSet<>(jdbc.sql(
                        """
                select distinct person_id from skills.placement
                where person_id = any(:persons) and status not in ('DECLINED', 'WITHDRAWN')
                  and starts_on <= :to and ends_on >= :from
                """)
                .param("persons", persons.toArray(UUID[]::new))
                .param("from", from)
                .param("to", to)
                .query(UUID.class)
                .list());
    }

    void insert(Placement p) {
        jdbc.sql(
                        """
                insert into skills.placement (id, opening_id, profile_id, person_id, office_id, status, starts_on,
                    ends_on, score, offered_at, offered_by)
                values (:id, :opening, :profile, :person, :office, :status, :starts, :ends, :score, :at, :by)
                """)
                .param("id", p.id())
                .param("opening", p.openingId())
                .param("profile", p.profileId())
                .param("person", p.personId())
                .param("office", p.officeId())
                .param("status", p.status().name())
                .param("starts", p.startsOn())
                .param("ends", p.endsOn())
                .param("score", p.score())
                .param("at", Timestamp.from(p.offeredAt()))
                .param("by", p.offeredBy())
                .update();
    }

    boolean move(UUID id, PlacementStatus from, PlacementStatus to) {
        return jdbc.sql(
                                """
                update skills.placement set status = :to, decided_at = coalesce(decided_at, now()), version = version + 1
                where id = :id and status = :from
                """)
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .update()
                == 1;
    }

    void travelRequested(UUID id, Instant at) {
        jdbc.sql("update skills.placement set travel_requested_at = :at, version = version + 1 where id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean evaluate(UUID id, PlacementStatus to, java.time.LocalDate endsOn, PlacementCommands.Evaluate e) {
        return jdbc.sql(
                                """
                update skills.placement set status = :to, ends_on = :ends, outcome = :outcome, rating = :rating,
                    evaluation = :text, stays = :stays, evaluated_at = now(), version = version + 1
                where id = :id and status = 'ACCEPTED'
                """)
                        .param("id", id)
                        .param("to", to.name())
                        .param("ends", endsOn)
                        .param(
                                "outcome",
                                java.util.Objects.requireNonNull(e.outcome()).name())
                        .param("rating", e.rating())
                        .param("text", e.text())
                        .param("stays", e.stays())
                        .update()
                == 1;
    }

    public List<Payment> payments(UUID placement) {
        return jdbc.sql(
                        """
                select id, placement_id, kind, amount, currency, paid_on, period_from, period_to
                from skills.payment where placement_id = :p order by period_from, paid_on
                """)
                .param("p", placement)
                .query(Payment.class)
                .list();
    }

    void insertPayment(Payment p, String by) {
        jdbc.sql(
                        """
                insert into skills.payment (id, placement_id, kind, amount, currency, paid_on, period_from, period_to,
                    created_by)
                values (:id, :placement, :kind, :amount, :currency, :paid, :from, :to, :by)
                """)
                .param("id", p.id())
                .param("placement", p.placementId())
                .param("kind", p.kind().name())
                .param("amount", p.amount())
                .param("currency", p.currency())
                .param("paid", p.paidOn())
                .param("from", p.periodFrom())
                .param("to", p.periodTo())
                .param("by", by)
                .update();
    }

    public List<HostReport> reports(UUID placement) {
        return jdbc.sql(
                        """
                select id, placement_id, reported_on, author, rating, text
                from skills.host_report where placement_id = :p order by reported_on
                """)
                .param("p", placement)
                .query(HostReport.class)
                .list();
    }

    void insertReport(HostReport r, String by) {
        jdbc.sql(
                        """
                insert into skills.host_report (id, placement_id, reported_on, author, rating, text, created_by)
                values (:id, :placement, :on, :author, :rating, :text, :by)
                """)
                .param("id", r.id())
                .param("placement", r.placementId())
                .param("on", r.reportedOn())
                .param("author", r.author())
                .param("rating", r.rating())
                .param("text", r.text())
                .param("by", by)
                .update();
    }

    static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
