/** Figures per country and occupation: people placed, person-months and outcomes. */
@NullMarked
package org.pravaas.skills.figures;

import org.jspecify.annotations.NullMarked;
