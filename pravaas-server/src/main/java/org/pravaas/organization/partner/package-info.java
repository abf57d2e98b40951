@NullMarked
package org.pravaas.organization.partner;

import org.jspecify.annotations.NullMarked;
