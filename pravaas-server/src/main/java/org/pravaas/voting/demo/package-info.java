@NullMarked
package org.pravaas.voting.demo;

import org.jspecify.annotations.NullMarked;
