/** The demo's cases, and the people they are about, registered through the registry's own import. */
@NullMarked
package org.pravaas.casework.demo;

import org.jspecify.annotations.NullMarked;
