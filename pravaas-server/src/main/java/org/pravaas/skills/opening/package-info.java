/** Assignments posted by institutions in countries of origin, and vacancies posted by employers abroad. */
@NullMarked
package org.pravaas.skills.opening;

import org.jspecify.annotations.NullMarked;
