@NullMarked
package org.pravaas.organization.office;

import org.jspecify.annotations.NullMarked;
