@NullMarked
package org.pravaas.organization.security;

import org.jspecify.annotations.NullMarked;
