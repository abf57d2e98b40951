/** Destination profiles: what a destination requires, by version. */
@NullMarked
package org.pravaas.health.profile;

import org.jspecify.annotations.NullMarked;
