/** Notes on cases. */
@NullMarked
package org.pravaas.casework.note;

import org.jspecify.annotations.NullMarked;
