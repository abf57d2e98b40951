@NullMarked
package org.pravaas.displacement.web;

import org.jspecify.annotations.NullMarked;
