/** Pre-departure orientation sessions for placed workers and experts, and who attended. */
@NullMarked
package org.pravaas.skills.orientation;

import org.jspecify.annotations.NullMarked;
