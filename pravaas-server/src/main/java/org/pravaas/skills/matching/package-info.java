/**
 * Ranking candidates for an opening with an explained score: occupation (distance in the ISCO-08
 * tree), skills overlap, language levels, availability and location. The kernel works on a
 * compact in-memory pool of the consenting profiles, so ranking 100,000 takes milliseconds.
 */
@NullMarked
package org.pravaas.skills.matching;

import org.jspecify.annotations.NullMarked;
