/** Who may see clinical data: health officers of the person's office, others only by breaking the glass. */
@NullMarked
package org.pravaas.health.access;

import org.jspecify.annotations.NullMarked;
