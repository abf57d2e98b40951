/**
 * The machine-readable zone (MRZ) of travel documents, after ICAO Doc 9303: {@link
 * org.pravaas.registry.mrz.Mrz#parse parse} a pasted or typed zone of any format (TD1, TD2, TD3,
 * MRV-A, MRV-B), verifying every check digit, and {@link org.pravaas.registry.mrz.Mrz#compose
 * compose} a valid zone from a record. Plain Java without Spring: a problem is an {@link
 * org.pravaas.registry.mrz.MrzException} carrying a message key, its arguments and the field it
 * concerns, so forms can say what is wrong and where in the user's language.
 */
@NullMarked
package org.pravaas.registry.mrz;

import org.jspecify.annotations.NullMarked;
