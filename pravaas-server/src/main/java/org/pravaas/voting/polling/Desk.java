package org.pravaas.voting.polling;

import org.pravaas.voting.election.Election;
import org.pravaas.voting.election.Station;

/** A station's polling desk as the signed-in clerk works it. */
record Desk(Station station, Election election, String clerk) {}
