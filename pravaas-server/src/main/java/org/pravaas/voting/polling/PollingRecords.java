package org.pravaas.voting.polling;

import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.voting.VoteRecorded;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.register.Voter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What the polling desk leaves behind: audit entries for every look-up, vote and refusal, and the event. */
@Component
class PollingRecords {
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PollingRecords(AuditLog audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    void read(Station station, Voter voter) {
        audit.record(AuditEvent.of("voting.voter.checked-in", "voter", voter.id(), station.officeId())
                .withDetails("station=" + station.code()));
    }

    void searched(Station station) {
        audit.record(AuditEvent.of("voting.voters.listed", "station", station.id(), station.officeId())
                .withDetails("search"));
    }

    Outcome refused(Station station, Voter voter, Refusal refusal) {
        audit.record(AuditEvent.of("voting.vote.refused", "voter", voter.id(), station.officeId())
                .withDetails("station=" + station.code() + " " + refusal.messageKey()));
        return new Outcome.Refused(voter, refusal);
    }

    Outcome recorded(Station station, Voter voter, boolean provisional, VoteRecorded event) {
        audit.record(AuditEvent.of("voting.vote.recorded", "voter", voter.id(), station.officeId())
                .withDetails("station=" + station.code() + (provisional ? " provisional" : "")));
        events.publishEvent(event);
        return new Outcome.Recorded(voter, provisional);
    }
}
