/**
 * The shared kernel: identifiers, paging, the embedded database, web-shell helpers and
 * problem details. Tiny on purpose; it knows no business module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.pravaas.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
