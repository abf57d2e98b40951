@NullMarked
package org.pravaas.organization.demo;

import org.jspecify.annotations.NullMarked;
