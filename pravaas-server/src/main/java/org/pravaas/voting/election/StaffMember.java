package org.pravaas.voting.election;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A designation of an official, at a station or (no station) for the whole election. */
public record StaffMember(
        UUID id, UUID electionId, @Nullable UUID stationId, String username, Designation designation) {}
