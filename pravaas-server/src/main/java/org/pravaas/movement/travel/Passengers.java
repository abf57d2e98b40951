package org.pravaas.movement.travel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pravaas.registry.PersonSummary;
import org.springframework.stereotype.Component;

/** The people behind a leg's bookings: their travellers' records, names and check results. */
@Component
class Passengers {
    private final Requests requests;
    private final PreDepartureChecks checks;
    private final TravellerNames names;
    private final MovementAccess access;

    Passengers(Requests requests, PreDepartureChecks checks, TravellerNames names, MovementAccess access) {
        this.requests = requests;
        this.checks = checks;
        this.names = names;
        this.access = access;
    }

    MovementAccess access() {
        return access;
    }

    List<CheckFailure> failures(Leg leg, List<Booking> bookings, boolean medicalEscort) {
        List<CheckFailure> out = new ArrayList<>();
        Map<UUID, Request> requestsById = new HashMap<>();
        Map<UUID, Map<UUID, Traveller>> travellers = new HashMap<>();
        for (Booking b : bookings) {
            Request r = requestsById.computeIfAbsent(
                    b.requestId(), id -> requests.find(id).orElseThrow());
            Traveller t = travellers
                    .computeIfAbsent(b.requestId(), this::travellersOf)
                    .get(b.personId());
            out.addAll(checks.of(r, t, names.of(b.personId()), leg, medicalEscort));
        }
        return out;
    }

    List<ManifestLine> lines(List<Booking> bookings) {
        Map<UUID, Request> requestsById = new HashMap<>();
        Map<UUID, Map<UUID, Traveller>> travellers = new HashMap<>();
        List<ManifestLine> out = new ArrayList<>();
        for (Booking b : bookings) {
            Request r = requestsById.computeIfAbsent(
                    b.requestId(), id -> requests.find(id).orElseThrow());
            Traveller t = travellers
                    .computeIfAbsent(b.requestId(), this::travellersOf)
                    .get(b.personId());
            PersonSummary p = names.summary(b.personId()).orElse(null);
            out.add(new ManifestLine(
                    b.id(),
                    b.personId(),
                    p == null ? "" : p.reference(),
                    p == null ? b.personId().toString() : p.latinName(),
                    p == null ? null : p.birthDate(),
                    p == null ? "" : p.sex(),
                    t.documentNumber(),
                    t.documentExpires(),
                    b.seat(),
                    t.specialNeeds(),
                    r.reference(),
                    b.status(),
                    b.noShowReason()));
        }
        return out;
    }

    private Map<UUID, Traveller> travellersOf(UUID request) {
        Map<UUID, Traveller> out = new HashMap<>();
        for (Traveller t : requests.travellers(request)) out.put(t.personId(), t);
        return out;
    }
}
