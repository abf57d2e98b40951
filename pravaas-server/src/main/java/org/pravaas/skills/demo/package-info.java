/** The demo's skills data, and the synthetic profiles and openings the benchmark ranks. */
@NullMarked
package org.pravaas.skills.demo;

import org.jspecify.annotations.NullMarked;
