/** Requests, travellers, legs, bookings and the enforced pre-departure checks. */
@NullMarked
@NamedInterface("travel")
package org.pravaas.movement.travel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
