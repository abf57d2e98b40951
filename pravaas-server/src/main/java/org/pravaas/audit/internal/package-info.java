@NullMarked
package org.pravaas.audit.internal;

import org.jspecify.annotations.NullMarked;
