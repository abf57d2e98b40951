/**
 * Emergency response: distribution sites, the item list, stock issued to a site and
 * distributions to a case's beneficiaries, never beyond the site's remaining stock.
 */
@NullMarked
package org.pravaas.casework.programme.emergency;

import org.jspecify.annotations.NullMarked;
