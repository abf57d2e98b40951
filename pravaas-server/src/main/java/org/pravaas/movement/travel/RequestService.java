package org.pravaas.movement.travel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.movement.MovementRequest;
import org.pravaas.registry.PersonId;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens movement requests and records what each traveller's checks read. */
@Service
public class RequestService {
    private final Requests requests;
    private final MovementAccess access;
    private final AuditLog audit;
    private final Clock clock;

    RequestService(Requests requests, MovementAccess access, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID open(MovementRequest r) {
        return insert(r, access.requireWrite(r.officeId()));
    }

    /**
     * Opens a request for a case that became ready for movement, without a signed-in user (the
     * listener runs after casework's commit): the office was checked when the case moved. Audited
     * as "system"; empty when the case already has one (a replayed event).
     */
    @Transactional
    Optional<UUID> openForCase(MovementRequest r) {
        if (r.caseReference() == null || requests.forCase(r.caseReference()).isPresent()) {
            return Optional.empty();
        }
        UUID id = insert(r, "system");
        requests.markForCase(id);
        return Optional.of(id);
    }

    /**
     * Opens a request for a placement's travel, without a signed-in user (the listener runs after
     * the skills module's commit; the placement's office was checked there). Audited as "system";
     * empty when that travel request already has one (a replayed event).
     */
    @Transactional
    Optional<UUID> openForPlacement(UUID travelRequest, MovementRequest r) {
        if (requests.forPlacement(travelRequest).isPresent()) return Optional.empty();
        UUID id = insert(r, "system");
        requests.markPlacement(id, travelRequest);
        return Optional.of(id);
    }

    private UUID insert(MovementRequest r, String by) {
        List<Violation> problems = new ArrayList<>();
        if (r.travellers().isEmpty()) problems.add(new Violation("travellers", "movement.request.no-traveller"));
        if (r.reason().isBlank()) problems.add(new Violation("reason", "movement.request.reason-required"));
        if (r.programme().isBlank()) problems.add(new Violation("programme", "movement.request.programme-required"));
        if (r.fitWindowHours() < 1 || r.fitWindowHours() > 720) {
            problems.add(new Violation("fitWindowHours", "movement.request.window-range"));
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String reference = String.format(Locale.ROOT, "MOV-%d-%06d", year, requests.countInYear(year) + 1);
        UUID id = Ids.newId();
        requests.insert(
                new Request(
                        id,
                        reference,
                        r.officeId(),
                        r.reason().strip(),
                        r.programme().strip(),
                        r.fitWindowHours(),
                        r.householdId(),
                        r.caseReference(),
                        "OPEN",
                        now),
                by);
        for (PersonId p : r.travellers().stream().distinct().toList()) {
            requests.insertTraveller(id, p.value(), r.adults().contains(p));
        }
        audit.record(AuditEvent.of("movement.request.opened", "movement", id, r.officeId())
                .withDetails("travellers=" + r.travellers().size())
                .by(by));
        return id;
    }

    /** Records a traveller's document, permits, consent and special needs. */
    @Transactional
    public void updateTraveller(Traveller t) {
        Request r = request(t.requestId());
        access.requireWrite(r.officeId());
        for (String need : t.specialNeeds().split(",")) {
            if (!need.isBlank() && !isNeed(need))
                throw new RuleViolation("specialNeeds", "movement.traveller.unknown-need");
        }
        if (requests.updateTraveller(t) == 0) throw new NotFoundException("traveller", t.personId());
        audit.record(AuditEvent.of("movement.traveller.updated", "person", t.personId(), r.officeId()));
    }

    @Transactional(readOnly = true)
    public Request request(UUID id) {
        Request r = requests.find(id).orElseThrow(() -> new NotFoundException("movement", id));
        access.requireRead(r.officeId());
        return r;
    }

    @Transactional(readOnly = true)
    public List<Traveller> travellers(UUID request) {
        request(request);
        return requests.travellers(request);
    }

    /** The travellers as shown to a user on the request's page or API: the read is audited. */
    @Transactional
    public List<Traveller> shownTravellers(UUID request) {
        Request r = request(request);
        audit.record(AuditEvent.of("movement.request.viewed", "movement", request, r.officeId()));
        return requests.travellers(request);
    }

    @Transactional(readOnly = true)
    public List<Request> recent() {
        return requests.recent(access.offices(), 200);
    }

    private static boolean isNeed(String s) {
        try {
            Traveller.Need.valueOf(s.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
