/** Vaccination doses given, and what is still due by age and destination profile. */
@NullMarked
package org.pravaas.health.vaccination;

import org.jspecify.annotations.NullMarked;
