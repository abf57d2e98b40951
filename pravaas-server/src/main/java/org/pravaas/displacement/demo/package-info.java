@NullMarked
package org.pravaas.displacement.demo;

import org.jspecify.annotations.NullMarked;
