/** Tuberculosis treatment under direct observation: regimen, daily observed doses, outcome. */
@NullMarked
package org.pravaas.health.tb;

import org.jspecify.annotations.NullMarked;
