/** Internal to the matching engine: not an API, may change without notice. */
@NullMarked
package org.pravaas.match.internal.text;

import org.jspecify.annotations.NullMarked;
