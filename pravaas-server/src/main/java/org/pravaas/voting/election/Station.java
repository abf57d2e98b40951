package org.pravaas.voting.election;

import java.util.UUID;
import org.pravaas.voting.StationId;

/** A registration and polling station in a host country, run by one office. */
public record Station(
        UUID id, UUID electionId, String code, String name, String hostCountry, String city, UUID officeId) {

    public StationId stationId() {
        return new StationId(id);
    }
}
