@NullMarked
package org.pravaas.organization.user;

import org.jspecify.annotations.NullMarked;
