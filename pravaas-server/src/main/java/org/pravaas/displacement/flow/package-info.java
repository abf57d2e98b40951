@NullMarked
package org.pravaas.displacement.flow;

import org.jspecify.annotations.NullMarked;
