/** Internal to the matching engine: not an API, may change without notice. */
@NullMarked
package org.pravaas.match.internal.io;

import org.jspecify.annotations.NullMarked;
