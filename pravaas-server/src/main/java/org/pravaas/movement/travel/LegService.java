package org.pravaas.movement.travel;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Legs: created from local times at each end, shown on the day's departures board. */
@Service
public class LegService {
    private final Legs legs;
    private final MovementAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LegService(Legs legs, MovementAccess access, AuditLog audit, Clock clock) {
        this.legs = legs;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID add(LegCommand c) {
        access.requireWrite(c.officeId());
        List<Violation> problems = new ArrayList<>();
        if (c.mode() == null) problems.add(new Violation("mode", "movement.leg.mode-required"));
        if (c.mode() == Leg.Mode.FLIGHT && (blank(c.carrier()) || blank(c.number()))) {
            problems.add(new Violation("number", "movement.leg.flight-number-required"));
        }
        Optional<ZoneId> from = zone(c.origin(), c.departsZone(), "origin", problems);
        Optional<ZoneId> to = zone(c.destination(), c.arrivesZone(), "destination", problems);
        if (c.departsLocal() == null) problems.add(new Violation("departsLocal", "movement.leg.time-required"));
        if (c.arrivesLocal() == null) problems.add(new Violation("arrivesLocal", "movement.leg.time-required"));
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Instant departs = instant(c.departsLocal(), from.orElseThrow());
        Instant arrives = instant(c.arrivesLocal(), to.orElseThrow());
        if (!arrives.isAfter(departs)) throw new RuleViolation("arrivesLocal", "movement.leg.arrives-before-departs");
        if (code(c.origin()).equals(code(c.destination()))) {
            throw new RuleViolation("destination", "movement.leg.same-ends");
        }
        Leg leg = new Leg(
                Ids.newId(),
                c.officeId(),
                c.mode(),
                trim(c.carrier()),
                trim(c.number()),
                code(c.origin()),
                code(c.destination()),
                departs,
                from.get(),
                arrives,
                to.get());
        legs.insert(leg, clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record(AuditEvent.of("movement.leg.added", "leg", leg.id(), c.officeId()));
        return leg.id();
    }

    @Transactional(readOnly = true)
    public Leg leg(UUID id) {
        Leg l = legs.find(id).orElseThrow(() -> new NotFoundException("leg", id));
        access.requireRead(l.officeId());
        return l;
    }

    /** The legs departing on a day (UTC day boundaries widened to cover every zone's local day). */
    @Transactional(readOnly = true)
    public List<Legs.BoardRow> board(LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        return legs.board(
                access.offices(), from, day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Legs departing in the next 60 days, to book an itinerary on. */
    @Transactional(readOnly = true)
    public List<Legs.BoardRow> upcoming() {
        Instant now = clock.instant();
        return legs.board(
                access.offices(), now.minus(java.time.Duration.ofDays(1)), now.plus(java.time.Duration.ofDays(60)));
    }

    private Optional<ZoneId> zone(
            @Nullable String place, @Nullable String given, String field, List<Violation> problems) {
        if (blank(place)) {
            problems.add(new Violation(field, "movement.leg.place-required"));
            return Optional.empty();
        }
        if (!blank(given)) {
            try {
                return Optional.of(ZoneId.of(given.strip()));
            } catch (DateTimeException e) {
                problems.add(new Violation(field, "movement.leg.unknown-zone", given));
                return Optional.empty();
            }
        }
        Optional<ZoneId> airport = code(place).matches("[A-Z]{3}") ? legs.airportZone(code(place)) : Optional.empty();
        if (airport.isEmpty()) problems.add(new Violation(field, "movement.leg.unknown-airport", place));
        return airport;
    }

    /** A local time that falls in a daylight-saving gap moves forward, as the airlines' timetables do. */
    private static Instant instant(@Nullable LocalDateTime local, ZoneId zone) {
        return java.util.Objects.requireNonNull(local).atZone(zone).toInstant();
    }

    private static String code(@Nullable String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static @Nullable String trim(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
