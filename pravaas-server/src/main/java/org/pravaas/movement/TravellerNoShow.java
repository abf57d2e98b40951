package org.pravaas.movement;

import java.time.Instant;
import java.util.UUID;
import org.pravaas.registry.PersonId;

/** A confirmed traveller did not show up for a leg; the reason is the movement officer’s words. */
public record TravellerNoShow(MovementId movement, PersonId person, UUID officeId, String reason, Instant recordedAt) {}
