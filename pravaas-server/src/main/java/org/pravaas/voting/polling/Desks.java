package org.pravaas.voting.polling;

import java.util.Objects;
import java.util.UUID;
import org.pravaas.shared.NotFoundException;
import org.pravaas.voting.election.Designation;
import org.pravaas.voting.election.Elections;
import org.pravaas.voting.election.Station;
import org.pravaas.voting.election.StationAccess;
import org.pravaas.voting.election.Stations;
import org.springframework.stereotype.Component;

/** Opens a station's desk for the signed-in user: a clerk or presiding officer there, or an administrator. */
@Component
class Desks {
    private final Stations stations;
    private final Elections elections;
    private final StationAccess access;

    Desks(Stations stations, Elections elections, StationAccess access) {
        this.stations = stations;
        this.elections = elections;
        this.access = access;
    }

    Desk open(UUID stationId) {
        Station station = stations.byId(Objects.requireNonNull(stationId))
                .orElseThrow(() -> new NotFoundException("station", stationId));
        var clerk = access.require(station, Designation.CLERK, Designation.PRESIDING_OFFICER);
        return new Desk(station, elections.byId(station.electionId()).orElseThrow(), clerk.username());
    }
}
