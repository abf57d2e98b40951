package org.pravaas.voting.election;

import java.util.List;
import org.pravaas.organization.Access;
import org.pravaas.organization.CurrentUser;
import org.pravaas.organization.OfficeId;
import org.pravaas.organization.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in an election. Administrators may do everything; an election official needs
 * the station's office in their scope and a designation there (or for the whole election):
 * registrars register, clerks and presiding officers poll and enter result forms, auditors
 * decide held registrations, challenges and quarantined forms.
 */
@Component
public class StationAccess {
    private final Access access;
    private final Stations stations;

    StationAccess(Access access, Stations stations) {
        this.access = access;
        this.stations = stations;
    }

    public boolean may(Station station, Designation... designations) {
        CurrentUser user = access.current();
        if (user.isAdministrator()) {
            return true;
        }
        return user.has(Role.ELECTION_OFFICIAL)
                && access.covers(new OfficeId(station.officeId()))
                && stations.designated(station.electionId(), station.id(), user.username(), List.of(designations));
    }

    public CurrentUser require(Station station, Designation... designations) {
        if (!may(station, designations)) {
            throw new AccessDeniedException("Not designated at station " + station.code());
        }
        return access.current();
    }

    /** Auditors are designated for the whole election. */
    public boolean audits(Election election) {
        CurrentUser user = access.current();
        return user.isAdministrator()
                || (user.has(Role.ELECTION_OFFICIAL)
                        && stations.designated(election.id(), null, user.username(), List.of(Designation.AUDITOR)));
    }

    public CurrentUser requireAuditor(Election election) {
        if (!audits(election)) {
            throw new AccessDeniedException("Not an auditor of election " + election.code());
        }
        return access.current();
    }

    /** Voters' personal data: election officials of the station's office, and administrators. */
    public boolean readsVoters(Station station) {
        CurrentUser user = access.current();
        return user.isAdministrator()
                || (user.has(Role.ELECTION_OFFICIAL) && access.covers(new OfficeId(station.officeId())));
    }

    public CurrentUser requireReadVoters(Station station) {
        if (!readsVoters(station)) {
            throw new AccessDeniedException("May not read the voters of station " + station.code());
        }
        return access.current();
    }

    /** Setting up an election: administrators, and election officials of the election's office. */
    public boolean setsUp(Election election) {
        CurrentUser user = access.current();
        return user.isAdministrator()
                || (user.has(Role.ELECTION_OFFICIAL) && access.covers(new OfficeId(election.officeId())));
    }

    public CurrentUser requireSetUp(Election election) {
        if (!setsUp(election)) {
            throw new AccessDeniedException("May not set up election " + election.code());
        }
        return access.current();
    }
}
