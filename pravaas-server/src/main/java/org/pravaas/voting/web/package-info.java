@NullMarked
package org.pravaas.voting.web;

import org.jspecify.annotations.NullMarked;
