/** The demo's movements: a resettlement charter from Cox’s Bazar and a return from Amman, with loans. */
@NullMarked
@NamedInterface("demo")
package org.pravaas.movement.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
