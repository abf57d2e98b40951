package org.pravaas.health;

import java.time.Instant;
import java.util.UUID;

/** A health hold was placed: the person must not travel until {@link HealthHoldLifted} follows. No reason is carried. */
public record HealthHoldPlaced(HoldId hold, org.pravaas.registry.PersonId person, UUID officeId, Instant placedAt) {}
