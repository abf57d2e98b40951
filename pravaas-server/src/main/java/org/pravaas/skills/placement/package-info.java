/**
 * Placements: offer, acceptance, contract dates, travel (asked of the movement module by event),
 * salary supplements and subsidies, host institution reports and the end-of-assignment evaluation.
 */
@NullMarked
package org.pravaas.skills.placement;

import org.jspecify.annotations.NullMarked;
