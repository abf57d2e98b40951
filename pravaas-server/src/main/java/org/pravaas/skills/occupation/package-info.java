/** The ISCO-08 classification, loaded by migration, with titles in the user's language where we have them. */
@NullMarked
package org.pravaas.skills.occupation;

import org.jspecify.annotations.NullMarked;
