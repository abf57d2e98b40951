@NullMarked
package org.pravaas.governance.budget;

import org.jspecify.annotations.NullMarked;
