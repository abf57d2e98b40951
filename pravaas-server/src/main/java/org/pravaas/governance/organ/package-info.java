@NullMarked
package org.pravaas.governance.organ;

import org.jspecify.annotations.NullMarked;
