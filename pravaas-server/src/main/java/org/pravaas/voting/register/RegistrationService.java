package org.pravaas.voting.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pravaas.organization.CurrentUser;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.pravaas.voting.election.Designation;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationAccess;
import org.pravaas.voting.election.Stations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an applicant at a station: the election's eligibility rules first, then the check
 * for a registration elsewhere in the election. A probable second registration is stored as
 * held for review, never silently accepted; the receipt number is issued either way, so the
 * applicant leaves with proof of having applied.
 */
@Service
public class RegistrationService {
    private final Stations stations;
    private final Elections elections;
    private final StationAccess access;
    private final RegistrationStore store;
    private final Clock clock;

    RegistrationService(
            Stations stations, Elections elections, StationAccess access, RegistrationStore store, Clock clock) {
        this.stations = stations;
        this.elections = elections;
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public Registration register(VoterCommand c) {
        Station station = stations.byId(Objects.requireNonNull(c.stationId()))
                .orElseThrow(() -> new RuleViolation("stationId", "validation.unknown"));
        CurrentUser user = access.require(station, Designation.REGISTRAR, Designation.PRESIDING_OFFICER);
        Election election = elections.byId(station.electionId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<Violation> refusals = EligibilityPolicy.all().stream()
                .map(p -> p.check(election, c, today))
                .flatMap(Optional::stream)
                .toList();
        if (!refusals.isEmpty()) {
            throw new RuleViolation(refusals);
        }
        return store.save(
                election, station, c, user.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }
}
