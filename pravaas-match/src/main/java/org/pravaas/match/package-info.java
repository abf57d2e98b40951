/** The Pravaas matching engine: finds the same person across scripts, spellings and errors. */
@NullMarked
package org.pravaas.match;

import org.jspecify.annotations.NullMarked;
