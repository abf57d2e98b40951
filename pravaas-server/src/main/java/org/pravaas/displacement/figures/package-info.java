@NullMarked
package org.pravaas.displacement.figures;

import org.jspecify.annotations.NullMarked;
