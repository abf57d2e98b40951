package org.pravaas.voting;

/**
 * A citizen abroad was registered at a station; {@code held} when the registration waits for
 * review as a probable second registration.
 */
public record VoterRegistered(ElectionId election, StationId station, VoterId voter, boolean held) {}
