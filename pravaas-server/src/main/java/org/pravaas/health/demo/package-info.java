/** The demo's health clinic in Cox's Bazar. */
@NullMarked
package org.pravaas.health.demo;

import org.jspecify.annotations.NullMarked;
