/** Households and who belongs to them, over time. */
@NullMarked
package org.pravaas.registry.household;

import org.jspecify.annotations.NullMarked;
