@NullMarked
package org.pravaas.displacement.location;

import org.jspecify.annotations.NullMarked;
