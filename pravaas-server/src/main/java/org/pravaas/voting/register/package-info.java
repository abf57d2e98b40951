@NullMarked
package org.pravaas.voting.register;

import org.jspecify.annotations.NullMarked;
