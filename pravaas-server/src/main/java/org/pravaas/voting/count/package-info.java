@NullMarked
package org.pravaas.voting.count;

import org.jspecify.annotations.NullMarked;
