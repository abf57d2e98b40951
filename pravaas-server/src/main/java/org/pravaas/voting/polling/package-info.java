@NullMarked
package org.pravaas.voting.polling;

import org.jspecify.annotations.NullMarked;
