package org.pravaas.skills.orientation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Someone registered for a session; {@code attended} is unknown until the session is marked. */
public record Attendee(UUID profileId, UUID personId, String headline, @Nullable Boolean attended) {}
