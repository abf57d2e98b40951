/** Costs of a movement by budget line: a ledger of entries, corrected only by reversing entries. */
@NullMarked
@NamedInterface("cost")
package org.pravaas.movement.cost;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
