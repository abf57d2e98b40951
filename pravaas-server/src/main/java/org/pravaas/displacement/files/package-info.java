@NullMarked
package org.pravaas.displacement.files;

import org.jspecify.annotations.NullMarked;
