@NullMarked
package org.pravaas.governance.membership;

import org.jspecify.annotations.NullMarked;
