/** Attachments on cases: types checked by their bytes, size limited, names sanitised, stored with the case. */
@NullMarked
package org.pravaas.casework.attachment;

import org.jspecify.annotations.NullMarked;
