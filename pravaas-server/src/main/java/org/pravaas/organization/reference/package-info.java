@NullMarked
package org.pravaas.organization.reference;

import org.jspecify.annotations.NullMarked;
