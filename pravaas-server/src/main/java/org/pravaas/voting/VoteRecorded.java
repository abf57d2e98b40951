package org.pravaas.voting;

/** A voter's one vote of the election was recorded at a station; provisional when challenged. */
public record VoteRecorded(ElectionId election, StationId station, VoterId voter, boolean provisional) {}
