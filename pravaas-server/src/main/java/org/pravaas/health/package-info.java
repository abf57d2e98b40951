/**
 * Migration health: pre-departure assessments against a destination's versioned profile,
 * tuberculosis screening and directly observed treatment, vaccinations, fit-to-travel decisions
 * and health holds. Clinical data stays inside this module: other modules ask {@link
 * org.pravaas.health.Health#travelStatus} for a person's status (fit until when, on hold, not
 * fit) and follow the events {@link org.pravaas.health.HealthHoldPlaced}, {@link
 * org.pravaas.health.HealthHoldLifted} and {@link org.pravaas.health.FitToTravelIssued}, none of
 * which carries a finding, a result or a reason.
 */
@NullMarked
package org.pravaas.health;

import org.jspecify.annotations.NullMarked;
