package org.pravaas.movement.travel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pravaas.health.Health;
import org.pravaas.health.TravelStatus;
import org.pravaas.registry.PersonId;
import org.springframework.stereotype.Component;

/**
 * The checks a traveller must pass before being confirmed on a leg. Each failure names the check
 * and the reason; an empty list means the traveller may be confirmed.
 */
@Component
class PreDepartureChecks {
    private final Health health;
    private final HealthFollower followed;

    PreDepartureChecks(Health health, HealthFollower followed) {
        this.health = health;
        this.followed = followed;
    }

    List<CheckFailure> of(Request r, Traveller t, String name, Leg leg, boolean medicalEscort) {
        List<CheckFailure> out = new ArrayList<>();
        LocalDate travelDate = leg.arrivesLocal().toLocalDate();
        if (t.documentNumber() == null || t.documentExpires() == null) {
            out.add(fail(t, name, Check.TRAVEL_DOCUMENT, "movement.check.document-missing"));
        } else if (t.documentExpires().isBefore(travelDate)) {
            out.add(fail(
                    t,
                    name,
                    Check.TRAVEL_DOCUMENT,
                    "movement.check.document-expires",
                    t.documentExpires(),
                    travelDate));
        }
        if (!t.exitPermit() || !t.entryPermit())
            out.add(fail(t, name, Check.PERMITS, "movement.check.permits-missing"));
        if (!t.consent()) out.add(fail(t, name, Check.CONSENT, "movement.check.consent-missing"));
        if (!t.needsRecorded()) out.add(fail(t, name, Check.SPECIAL_NEEDS, "movement.check.needs-not-recorded"));
        health(r, t, name, leg, medicalEscort, out);
        return out;
    }

    private void health(Request r, Traveller t, String name, Leg leg, boolean medicalEscort, List<CheckFailure> out) {
        // The followed hold blocks even before health's own tables answer (an event is the first word).
        if (followed.onHold(t.personId())) {
            out.add(fail(t, name, Check.HEALTH_HOLD, "movement.check.on-hold"));
            return;
        }
        TravelStatus status = health.travelStatus(new PersonId(t.personId()), leg.departsAt());
        switch (status.kind()) {
            case ON_HOLD -> out.add(fail(t, name, Check.HEALTH_HOLD, "movement.check.on-hold"));
            case NOT_FIT -> out.add(fail(t, name, Check.FIT_TO_TRAVEL, "movement.check.not-fit"));
            case NONE -> out.add(fail(t, name, Check.FIT_TO_TRAVEL, "movement.check.no-fit"));
            case FIT, FIT_WITH_ESCORT -> {
                Instant earliest = leg.departsAt().minus(Duration.ofHours(r.fitWindowHours()));
                Optional<Instant> issued = followed.fitIssuedAt(t.personId());
                if (issued.isEmpty() || issued.get().isBefore(earliest)) {
                    out.add(fail(t, name, Check.FIT_TO_TRAVEL, "movement.check.fit-too-old", r.fitWindowHours()));
                }
                if (status.kind() == TravelStatus.Kind.FIT_WITH_ESCORT && !medicalEscort) {
                    out.add(fail(t, name, Check.MEDICAL_ESCORT, "movement.check.escort-missing"));
                }
            }
        }
    }

    private static CheckFailure fail(Traveller t, String name, Check check, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        return new CheckFailure(t.personId(), name, check, key, all);
    }
}
