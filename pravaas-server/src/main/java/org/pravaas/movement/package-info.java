/**
 * Movements and travel loans: requests to move a person or a household (reason, programme),
 * itineraries of legs in local time zones, bookings, pre-departure checks that are enforced
 * (travel document, permits, fit-to-travel from health within the programme's window, no health
 * hold, consent, special needs), manifests, arrivals and no-shows, and fare loans kept as ledgers.
 * Requests come from casework's {@code CaseReadyForMovement} and skills' {@code
 * PlacementTravelRequested}, or from other modules through {@link
 * org.pravaas.movement.Movements#request}; they follow {@link org.pravaas.movement.MovementCompleted}
 * and {@link org.pravaas.movement.TravellerNoShow}.
 */
@NullMarked
package org.pravaas.movement;

import org.jspecify.annotations.NullMarked;
