@NullMarked
package org.pravaas.displacement.assessment;

import org.jspecify.annotations.NullMarked;
