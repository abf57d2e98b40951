/** The {@code pravaas} command line: one picocli class per command. */
@NullMarked
package org.pravaas.cli;

import org.jspecify.annotations.NullMarked;
