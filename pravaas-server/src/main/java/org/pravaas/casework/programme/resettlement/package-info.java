/** Resettlement: quotas per country and year, a case's submission and the country's decision. */
@NullMarked
package org.pravaas.casework.programme.resettlement;

import org.jspecify.annotations.NullMarked;
