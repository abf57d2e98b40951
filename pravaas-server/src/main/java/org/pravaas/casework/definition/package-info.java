/** Programme definitions as versioned data: stages, transitions, fields; their editing by programme managers. */
@NullMarked
package org.pravaas.casework.definition;

import org.jspecify.annotations.NullMarked;
