@NullMarked
package org.pravaas.displacement.operation;

import org.jspecify.annotations.NullMarked;
