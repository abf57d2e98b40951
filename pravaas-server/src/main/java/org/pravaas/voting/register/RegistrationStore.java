package org.pravaas.voting.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.shared.Ids;
import org.pravaas.voting.ElectionId;
import org.pravaas.voting.StationId;
import org.pravaas.voting.VoterRegistered;
import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.register.VoterMatching.Profile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores an eligible applicant with the next receipt number, held when the engine finds them
 * already registered; audits it and tells other modules. Runs in the caller's transaction.
 */
@Component
class RegistrationStore {
    private final Voters voters;
    private final Elections elections;
    private final SecondRegistrations seconds;
    private final VoterMatching matching;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RegistrationStore(
            Voters voters,
            Elections elections,
            SecondRegistrations seconds,
            VoterMatching matching,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.voters = voters;
        this.elections = elections;
        this.seconds = seconds;
        this.matching = matching;
        this.audit = audit;
        this.events = events;
    }

    Registration save(Election election, Station station, VoterCommand c, String by, Instant at) {
        String given = Objects.requireNonNull(c.given()).strip();
        String family = Objects.requireNonNull(c.family()).strip();
        List<VoterDocument> documents = c.documents();
        String firstDocument = documents.isEmpty() ? null : documents.get(0).numberKey();
        var reading = VoterMatching.reading(given, family);
        var id = Ids.newId();
        Profile profile = new Profile(
                id.toString(),
                given,
                family,
                Objects.requireNonNull(c.birthDate()),
                Objects.requireNonNull(c.sex()),
                election.country(),
                firstDocument);
        // The receipt number first: its row lock makes the election's registrations take turns, so
        // the same person registering at two stations at once is still found by the second check.
        long number = elections.nextReceipt(election.id());
        List<Flag> flags = seconds.find(election, profile);
        Voter voter = new Voter(
                id,
                election.id(),
                station.id(),
                number,
                flags.isEmpty() ? VoterStatus.REGISTERED : VoterStatus.HELD,
                given,
                family,
                reading.script(),
                reading.latin(),
                c.birthDate(),
                c.sex(),
                c.hasWitness() ? Objects.requireNonNull(c.witness()).strip() : null,
                at,
                by,
                null,
                null);
        voters.insert(voter, VoterMatching.nameCodes(given, family), matching.matchKeys(profile));
        voters.insertDocuments(id, documents);
        voters.insertFlags(id, flags);
        audit.record(AuditEvent.of(
                        voter.listed() ? "voting.voter.registered" : "voting.voter.held",
                        "voter",
                        id,
                        station.officeId())
                .withDetails(flags.isEmpty() ? null : "flags=" + flags.size()));
        events.publishEvent(new VoterRegistered(
                new ElectionId(election.id()), new StationId(station.id()), voter.voterId(), !voter.listed()));
        return new Registration(voter, Receipts.format(election.code(), number), flags);
    }
}
