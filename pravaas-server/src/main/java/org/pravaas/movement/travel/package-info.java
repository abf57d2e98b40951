/** Requests, travellers, legs, bookings and the enforced pre-departure checks. */
@NullMarked
package org.pravaas.movement.travel;

import org.jspecify.annotations.NullMarked;
