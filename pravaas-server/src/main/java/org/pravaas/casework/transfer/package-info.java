/** Transfers of case ownership between offices, accepted by the receiving office. */
@NullMarked
package org.pravaas.casework.transfer;

import org.jspecify.annotations.NullMarked;
