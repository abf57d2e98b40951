/** Fit-to-travel decisions and health holds, and the events other modules follow. */
@NullMarked
package org.pravaas.health.clearance;

import org.jspecify.annotations.NullMarked;
