package org.pravaas.health;

import java.time.Instant;
import java.util.UUID;

/** A health hold was lifted. The person still needs a valid fit-to-travel decision before travel. */
public record HealthHoldLifted(HoldId hold, org.pravaas.registry.PersonId person, UUID officeId, Instant liftedAt) {}
