@NullMarked
package org.pravaas.shared.api;

import org.jspecify.annotations.NullMarked;
