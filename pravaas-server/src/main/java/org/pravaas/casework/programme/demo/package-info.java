/** Demo data of the programmes, added to the engine's demo cases. */
@NullMarked
package org.pravaas.casework.programme.demo;

import org.jspecify.annotations.NullMarked;
