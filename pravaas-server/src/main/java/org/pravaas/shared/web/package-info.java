@NullMarked
package org.pravaas.shared.web;

import org.jspecify.annotations.NullMarked;
