@NullMarked
package org.pravaas.voting.election;

import org.jspecify.annotations.NullMarked;
