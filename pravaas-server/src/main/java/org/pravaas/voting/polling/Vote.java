package org.pravaas.voting.polling;

import java.time.Instant;
import java.util.UUID;

/** The one vote a voter casts in an election: where, when, by whose hand, provisional or not. */
public record Vote(UUID voterId, UUID stationId, boolean provisional, Instant recordedAt, String recordedBy) {}
